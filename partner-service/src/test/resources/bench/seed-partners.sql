-- 10^5-style synthetic partner directory for search benchmarks (partner-service schema).
-- Used by partner-service's PartnerSearchBenchmark and deploy/bench/rest; :partners is replaced by the count.
-- Statements are separated by lines holding only ';'. Names, descriptions and service areas come from small
-- vocabularies; two offerings per partner.

INSERT INTO partner (id, name, name_key, normalized_name, partner_type, description, remote, national,
                     regions, cities, area_keys, website, website_domain, contact_name, contact_email,
                     seeks, verification, last_confirmed_at, offering_text, created_at, updated_at,
                     version)
SELECT gen_random_uuid(), s.name, lower(s.name), lower(s.name), s.partner_type, s.description,
       i % 50 = 0, i % 40 = 0, ARRAY[s.region], ARRAY[s.city],
       ARRAY['region:' || lower(s.region), 'city:' || lower(s.city)],
       'https://partner-' || i || '.example', 'partner-' || i || '.example', 'Contact ' || i,
       'contact' || i || '@partner.example', ARRAY['VISIBILITY', 'SPACE'],
       CASE WHEN i % 5 = 0 THEN 'VERIFIED' ELSE 'UNVERIFIED' END,
       current_date - (i % 700), '', now(), now(), 0
FROM generate_series(1, :partners) i,
LATERAL (SELECT
    (ARRAY['Bright','Civic','Open','Future','Digital','Green','Smart','Blue','Maker','Code',
           'Data','Bridge','Northern','Urban','Rural','Social','Learning','Creative','Young',
           'Community','Tech','Design','Science'])[1 + i % 23]
    || ' ' || (ARRAY['Byte','Works','Hub','Lab','Studio','Network','Collective','Partners',
           'Circle','Forge','Foundry','Garden','Bridge','Path','Spark','Wave','Field','Square',
           'Point'])[1 + (i / 23) % 19]
    || ' ' || (ARRAY['B.V.','Foundation','Institute','University','School','Association',
           'Company','Trust','Cooperative','Agency','Group','Initiative','Council'])[1 + (i / 437) % 13]
    || ' ' || i AS name,
    (ARRAY['LOCAL_GOVERNMENT','REGIONAL_GOVERNMENT','IT_COMPANY','PRIVATE_COMPANY',
           'ACADEMIC_INSTITUTION','SCHOOL','DESIGN_FIRM','NONPROFIT','FOUNDATION','MAKERSPACE',
           'INDIVIDUAL'])[1 + i % 11] AS partner_type,
    (ARRAY['We support public libraries with digital inclusion.',
           'Makerspace and innovation lab design for community spaces.',
           'Volunteers teaching programming and coding clubs for children.',
           'Research on learning outcomes and program evaluation.',
           'Grants for smart city and open data initiatives.',
           'Refurbished laptops and tablets for lending programs.',
           'Robotics education and STEM workshops in schools.'])[1 + i % 7] AS description,
    (ARRAY['North Brabant','Utrecht','Gelderland','Limburg','Zeeland','Friesland','Groningen',
           'Drenthe','Overijssel','Flevoland','North Holland','South Holland'])[1 + i % 12] AS region,
    'City ' || (i % 300) AS city) s
;
INSERT INTO offering (id, partner_id, category, type, description, quantity, unit, amount, currency, period,
                      available_from, available_until, horizon, conditions, status, created_at,
                      updated_at, version)
SELECT gen_random_uuid(), p.id, split_part(t.type, '.', 1), t.type, t.description,
       CASE WHEN t.type LIKE 'FINANCIAL.%' THEN NULL ELSE 10 + abs(hashtext(p.id::text)) % 200 END,
       CASE WHEN t.type LIKE 'FINANCIAL.%' THEN NULL ELSE 'units' END,
       CASE WHEN t.type LIKE 'FINANCIAL.%' THEN 5000 + abs(hashtext(p.id::text)) % 95000 END,
       CASE WHEN t.type LIKE 'FINANCIAL.%' THEN 'EUR' END,
       CASE WHEN t.type LIKE 'FINANCIAL.%' THEN 'ONE_TIME' END,
       current_date - 30, current_date - 30 + abs(hashtext(p.id::text || k)) % 750,
       (ARRAY['SHORT_TERM','LONG_TERM','ANY'])[1 + abs(hashtext(p.id::text || k)) % 3], '[]',
       (ARRAY['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','PAUSED','WITHDRAWN'])[1 + abs(hashtext(k || p.id::text)) % 7],
       now(), now(), 0
FROM partner p, generate_series(1, 2) k,
LATERAL (SELECT v.type, v.description FROM (VALUES
    ('TECHNOLOGY.ROBOTICS', 'Robot kits for coding clubs and STEM workshops'),
    ('TECHNOLOGY.FABRICATION', '3D printers and laser cutters for makerspaces, digital fabrication'),
    ('TECHNOLOGY.DEVICES', 'Laptops and tablets for lending to residents'),
    ('TECHNOLOGY.SOFTWARE', 'Licences for programming training software'),
    ('TECHNOLOGY.CONNECTIVITY', 'Wi-Fi hotspots for lending'),
    ('HUMAN.MENTORING', 'Mentoring for jobseekers and young people'),
    ('HUMAN.WORKSHOP_VOLUNTEERS', 'Volunteers running coding workshops'),
    ('HUMAN.DESIGN_EXPERTISE', 'Makerspace design and service design expertise'),
    ('HUMAN.RESEARCH_EVALUATION', 'Research and evaluation of library programs'),
    ('FINANCIAL.PROGRAM', 'Grant for digital skills programs'),
    ('FINANCIAL.EQUIPMENT', 'Equipment fund for open data and technology labs'))
    AS v(type, description)
    OFFSET abs(hashtext(p.id::text || 'o' || k)) % 11 LIMIT 1) t
;
UPDATE partner p SET offering_text = o.text
FROM (SELECT partner_id, string_agg(description, E'\n') AS text FROM offering
      WHERE status <> 'WITHDRAWN' GROUP BY partner_id) o
WHERE o.partner_id = p.id
;
VACUUM FULL ANALYZE partner
;
VACUUM ANALYZE offering
;
