package org.smartlibrary.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.contracts.taxonomy.Taxonomy.Measure;
import org.smartlibrary.contracts.taxonomy.Taxonomy.ResourceType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic partner directory, the same for the same seed and day: partner {@code i} is drawn from a random of its
 * own ({@code seed}, {@code i}), so any range of partners can be written in any order (an NDJSON import file, or the
 * REST bodies of a baseline) and two ranges never share a partner.
 *
 * <p>Each partner has a distinct name (a made-up word from its index, a field and an organization word), an
 * {@code external_id}, every third an {@code org_registry_id} of the unchecked but well-formed scheme
 * {@code XX-TEST}, every second a website of its own domain, regions and cities, mostly a contact, and
 * {@value #OFFERINGS_PER_PARTNER} offerings of the taxonomy's resource types in their measure (amount + currency or
 * quantity + the type's unit). As a file brings history, about one offering in six has a window that ended and the
 * status EXPIRED, and partners carry a verification state and a last confirmation date; the REST bodies
 * ({@link #registration}, {@link #offeringRequests}) are the same partners as the API takes them (no history, no
 * source ids on offerings). Dates are relative to the day the directory is made.
 */
final class SyntheticDirectory {

    static final int OFFERINGS_PER_PARTNER = 3;

    private static final String[] CONSONANTS = {"b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
    private static final String[] FIELDS = {"Robotics", "Coding", "Maker", "Science", "Digital", "Media", "Design",
            "Data", "Learning", "Community", "Heritage", "Arts", "Reading", "Innovation"};
    private static final String[] ORGANIZATION_WORDS = {"Cooperative", "Association", "Foundation", "Labs", "Institute",
            "Network", "Collective", "Trust", "Works", "Alliance", "Society", "Partners"};
    private static final String[] REGIONS = {"Washington", "Oregon", "California", "Idaho", "Montana", "Nevada",
            "Utah", "Colorado", "Arizona", "New Mexico", "Texas", "Minnesota", "Iowa", "Ohio", "Michigan",
            "Vermont", "Maine", "Georgia", "Florida", "Virginia"};
    private static final String[] CITIES = {"Seattle", "Tacoma", "Spokane", "Portland", "Eugene", "Boise", "Denver",
            "Austin", "Tucson", "Columbus", "Detroit", "Burlington", "Atlanta", "Richmond", "Orlando", "Reno"};
    private static final String[] FIRST_NAMES = {"Mia", "Noah", "Ava", "Liam", "Zoe", "Omar", "Lena", "Ravi", "Ines",
            "Tomas", "Aiko", "Kofi", "Sara", "Jonas", "Maya", "Eli"};
    private static final String[] LAST_NAMES = {"Lindqvist", "Okafor", "Nguyen", "Garcia", "Novak", "Haddad",
            "Kowalski", "Silva", "Tanaka", "Meyer", "Brennan", "Rossi", "Dubois", "Patel", "Larsen", "Moreau"};
    private static final String[] AUDIENCES = {"coding clubs", "teen programs", "makerspaces", "adult learners",
            "after-school groups", "senior digital classes", "branch libraries", "summer camps"};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "CAD"};
    private static final String[] PERIODS = {"ONE_TIME", "YEAR", "MONTH"};
    private static final String[] HORIZONS = {"SHORT_TERM", "LONG_TERM", "ANY"};
    private static final String[] VERIFICATION = {"VERIFIED", "VERIFIED", "UNVERIFIED", "UNVERIFIED", "PENDING"};

    private final ObjectMapper json = new ObjectMapper();
    private final long seed;
    private final LocalDate today;
    private final List<ResourceType> types;
    private final List<String> partnerTypes;
    private final List<String> libraryOffers;

    SyntheticDirectory(long seed, LocalDate today) {
        Taxonomy taxonomy = Taxonomy.load();
        this.seed = seed;
        this.today = today;
        this.types = List.copyOf(taxonomy.resourceTypes().values());
        this.partnerTypes = List.copyOf(taxonomy.partnerTypes());
        this.libraryOffers = List.copyOf(taxonomy.libraryOffers());
    }

    /** Writes partners {@code first} .. {@code first + count - 1} as NDJSON, one per line; returns the file's bytes. */
    long writeNdjson(Path file, int first, int count) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = first; i < first + count; i++) {
                out.write(json.writeValueAsString(partner(i)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Partner {@code i} as a line of a directory file (DirectoryPartner), with history. */
    ObjectNode partner(int i) {
        Random random = random(i);
        ObjectNode partner = profile(i, random);
        partner.put("verification", pick(random, VERIFICATION));
        partner.put("last_confirmed_at", today.minusDays(random.nextInt(700)).toString());
        ArrayNode offerings = partner.putArray("offerings");
        for (int o = 0; o < OFFERINGS_PER_PARTNER; o++) {
            ObjectNode offering = offering(i, o, random, true);
            offering.put("external_id", externalId(i) + "-o" + (o + 1));
            offerings.add(offering);
        }
        return partner;
    }

    /** Partner {@code i} as POST /api/v1/partners takes it (PartnerRegistration). */
    ObjectNode registration(int i) {
        return profile(i, random(i));
    }

    /** The offerings of partner {@code i} as POST /api/v1/partners/{id}/offerings takes them (OfferingRequest). */
    List<ObjectNode> offeringRequests(int i) {
        Random random = random(i);
        profile(i, random); // drawn first, as for the file's line, so types and capacities are the file's
        List<ObjectNode> requests = new ArrayList<>();
        for (int o = 0; o < OFFERINGS_PER_PARTNER; o++) {
            requests.add(offering(i, o, random, false));
        }
        return requests;
    }

    static String externalId(int i) {
        return "src-org-" + i;
    }

    /** A made-up word of two-letter syllables from the index: distinct for distinct indexes, at least three long. */
    static String word(int i) {
        int base = CONSONANTS.length * VOWELS.length;
        long n = i + (long) base * base;
        StringBuilder word = new StringBuilder();
        while (n > 0) {
            int syllable = (int) (n % base);
            word.insert(0, CONSONANTS[syllable / VOWELS.length] + VOWELS[syllable % VOWELS.length]);
            n /= base;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private Random random(int i) {
        return new Random(seed * 1_000_003L + i);
    }

    /** The fields a registration and a file line share. */
    private ObjectNode profile(int i, Random random) {
        String word = word(i);
        String field = pick(random, FIELDS);
        ObjectNode partner = json.createObjectNode();
        partner.put("external_id", externalId(i));
        if (i % 3 == 0) {
            partner.put("org_registry_id", "XX-TEST-" + i);
        }
        partner.put("name", word + " " + field + " " + pick(random, ORGANIZATION_WORDS));
        partner.put("partner_type", partnerTypes.get(random.nextInt(partnerTypes.size())));
        partner.put("description", field + " programs and resources for " + pick(random, AUDIENCES)
                + " in public libraries.");
        ObjectNode area = partner.putObject("service_area");
        int scope = random.nextInt(10);
        area.put("remote", scope == 0);
        area.put("national", scope == 1);
        ArrayNode regions = area.putArray("regions");
        ArrayNode cities = area.putArray("cities");
        if (scope > 1) {
            distinct(random, REGIONS, 1 + random.nextInt(3)).forEach(regions::add);
            distinct(random, CITIES, random.nextInt(3)).forEach(cities::add);
        }
        if (i % 2 == 0) {
            partner.put("website", "https://www." + word.toLowerCase(Locale.ROOT) + "-"
                    + field.toLowerCase(Locale.ROOT) + ".example.org");
        }
        if (random.nextInt(5) > 0) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            ObjectNode contact = partner.putObject("contact");
            contact.put("name", first + " " + last);
            contact.put("email", first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@"
                    + word.toLowerCase(Locale.ROOT) + ".example.org");
        }
        ArrayNode seeks = partner.putArray("seeks");
        distinct(random, libraryOffers.toArray(String[]::new), random.nextInt(4)).forEach(seeks::add);
        return partner;
    }

    /** One offering; {@code history} lets its window have ended (status EXPIRED) as a file may bring. */
    private ObjectNode offering(int i, int o, Random random, boolean history) {
        ResourceType type = types.get(random.nextInt(types.size()));
        ObjectNode offering = json.createObjectNode();
        offering.put("category", type.category());
        offering.put("type", type.code());
        offering.put("description", label(type) + " for " + pick(random, AUDIENCES) + " (offer " + (o + 1) + " of "
                + word(i) + ")");
        if (type.measure() == Measure.MONEY) {
            offering.put("amount", 500 * (2 + random.nextInt(200)));
            offering.put("currency", pick(random, CURRENCIES));
            offering.put("period", pick(random, PERIODS));
        } else {
            offering.put("quantity", 1 + random.nextInt(200));
            offering.put("unit", type.defaultUnit() == null ? "units" : type.defaultUnit());
        }
        boolean ended = random.nextInt(6) == 0;
        int window = random.nextInt(3);
        String status = random.nextInt(10) == 0 ? "PAUSED" : "ACTIVE";
        if (ended && history) {
            offering.put("available_from", today.minusDays(700 + random.nextInt(400)).toString());
            offering.put("available_until", today.minusDays(30 + random.nextInt(400)).toString());
            status = "EXPIRED";
        } else if (window == 1) {
            offering.put("available_from", today.minusDays(random.nextInt(300)).toString());
            offering.put("available_until", today.plusDays(60 + random.nextInt(900)).toString());
        } else if (window == 2) {
            offering.put("available_until", today.plusDays(60 + random.nextInt(900)).toString());
        }
        offering.put("horizon", pick(random, HORIZONS));
        ArrayNode conditions = offering.putArray("conditions");
        int condition = random.nextInt(10);
        if (condition < 2) {
            conditions.addObject().put("code", "NONPROFIT_ONLY");
        } else if (condition == 2) {
            conditions.addObject().put("code", "MIN_AUDIENCE").put("value", 10 + random.nextInt(40));
        }
        offering.put("status", status);
        return offering;
    }

    private static String label(ResourceType type) {
        String name = type.code().substring(type.code().indexOf('.') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Set<String> distinct(Random random, String[] values, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, values.length)) {
            picked.add(pick(random, values));
        }
        return picked;
    }
}
