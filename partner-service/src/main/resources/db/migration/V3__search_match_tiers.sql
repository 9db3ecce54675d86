-- Relevance by match tier: a full-text search ranks partners by the narrowest part of their directory entry
-- that matches the whole query: the name (weight A), the profile = name + description (weights A, B), or anywhere
-- (also offering descriptions, weight C). Each tier is found through its own GIN index and read in id order, so a
-- broad word no longer ranks every match: the page comes from the first rows of each tier.
-- ts_filter keeps the positions of the given weights; the search SQL uses exactly these expressions.
CREATE INDEX partner_search_name ON partner USING GIN (ts_filter(search_vector, '{a}'));
CREATE INDEX partner_search_profile ON partner USING GIN (ts_filter(search_vector, '{a,b}'));
