package org.smartlibrary.partner.service.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The header of a directory CSV file: one offering per row, the partner's columns repeated on each of its rows (a
 * partner without offerings has one row with empty offering columns). An export writes every column in this order;
 * an import needs {@link #REQUIRED} and accepts the others in any order, and refuses a column it does not know.
 * Lists (regions, cities, seeks) are separated by {@value #LIST_SEPARATOR}; {@code conditions} is the JSON array of
 * the API.
 */
public final class CsvDirectoryColumns {

    public static final String LIST_SEPARATOR = ";";

    public static final List<String> PARTNER = List.of("partner_id", "external_id", "org_registry_id", "name",
            "partner_type", "description", "website", "contact_name", "contact_email", "remote", "national", "regions",
            "cities", "seeks", "verification", "last_confirmed_at", "source", "confirm_distinct");

    public static final List<String> OFFERING = List.of("offering_id", "offering_external_id", "category", "type",
            "offering_description", "quantity", "unit", "amount", "currency", "period", "available_from",
            "available_until", "horizon", "min_order_quantity", "min_order_unit", "min_order_amount",
            "min_order_currency", "min_joint_libraries", "conditions", "status");

    /** Every column, in the order an export writes them. */
    public static final List<String> ALL = concat(PARTNER, OFFERING);

    /** The columns an import cannot do without. */
    public static final Set<String> REQUIRED = Set.of("name", "partner_type");

    /** The columns an export leaves empty because they only steer an import. */
    public static final Set<String> IMPORT_ONLY = Set.of("confirm_distinct");

    private CsvDirectoryColumns() {
    }

    /**
     * Checks a header row: every column known, none twice, the required ones present; refuses the file otherwise.
     */
    public static void checkHeader(List<String> header) {
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> twice = new ArrayList<>();
        for (String column : header) {
            String name = column.trim();
            if (!ALL.contains(name)) {
                unknown.add(name.isEmpty() ? "(empty)" : name);
            } else if (!seen.add(name)) {
                twice.add(name);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !seen.contains(c)).sorted().toList();
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add("unknown columns " + unknown);
        }
        if (!twice.isEmpty()) {
            problems.add("columns given twice " + twice);
        }
        if (!missing.isEmpty()) {
            problems.add("missing required columns " + missing);
        }
        if (!problems.isEmpty()) {
            throw new MalformedDirectoryFile("the CSV header has " + String.join(", ", problems)
                    + "; the columns are " + ALL + " (documented in the partner-service README)");
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
