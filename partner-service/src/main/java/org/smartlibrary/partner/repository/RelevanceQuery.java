package org.smartlibrary.partner.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SQL of a relevance-ordered page: order (tier desc, id), see {@link MatchTier}. Each tier only needs its first
 * {@code n} rows in id order (n = fetch size), found in one of two ways, both exact:
 * <ul>
 * <li><b>window</b>: the next {@code window} partners in id order (primary key), each given its tier. When at least
 * n of them are in a tier, they are that tier's first n, at a cost independent of how many partners match: this is
 * what makes a broad word fast. All tiers share the window that starts where they start.</li>
 * <li><b>index</b>: otherwise (a sparse tier) every partner whose part matches, from that part's GIN index, sorted
 * by id. It is a materialized CTE so that PostgreSQL cannot read it in id order instead: the tier conditions are
 * nested, its estimates for them can be far off, and reading an empty tier in id order reads the whole table.</li>
 * </ul>
 * A lower tier is only read when the tiers above it left room on the page: PostgreSQL does not run a CTE that a
 * false one-time filter keeps from being scanned. Returns id, name_key and tier level per row.
 */
final class RelevanceQuery {

    /** Where the previous page ended: its last row's tier and id. */
    record After(MatchTier tier, UUID id) {
    }

    private static final String HEAD = "head_window";
    private static final String RESUMED = "resumed_window";

    private RelevanceQuery() {
    }

    /** Partners read in id order before a tier counts as sparse: 50 per row of the page, at most 2,500. */
    static int window(int fetchSize) {
        return Math.min(fetchSize * 50, 2_500);
    }

    /**
     * @param text    the placeholder of the bound full-text query
     * @param filters SQL conditions on partner {@code p}, each starting with " AND ", placeholders already bound
     * @param after   the cursor position, or null for the first page
     * @param window  how many partners to read in id order before reading a sparse tier from its index
     * @param bind    binds a value and returns its placeholder
     */
    static String sql(String text, String filters, After after, int fetchSize, int window,
                      Function<Object, String> bind) {
        String query = "websearch_to_tsquery('english', " + text + ") query";
        String afterId = after == null ? null : bind.apply(after.id());
        List<String> ctes = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        List<String> above = new ArrayList<>();
        boolean headNeeded = false;
        for (MatchTier tier : MatchTier.values()) {
            if (after != null && tier.level() > after.tier().level()) {
                continue; // tiers above the cursor were shown on earlier pages
            }
            boolean resumed = after != null && tier == after.tier();
            headNeeded |= !resumed;
            String rows = tier.name().toLowerCase(Locale.ROOT) + "_rows";
            String fromIndex = tier.name().toLowerCase(Locale.ROOT) + "_index";
            // the whole-entry check as a column, not a condition: as a condition PostgreSQL would also read the
            // whole-entry GIN index (every match) to AND the bitmaps, though the tier's part implies it but for a
            // negated word
            ctes.add(fromIndex + " AS MATERIALIZED (SELECT p.id, p.name_key, p.search_vector @@ query AS whole"
                    + " FROM partner p, " + query
                    + " WHERE " + tier.condition() + filters + (resumed ? " AND p.id > " + afterId : "") + ")");
            ctes.add(rows + " AS MATERIALIZED (" + tierRows(tier, resumed ? RESUMED : HEAD, fromIndex, fetchSize) + ")");
            selects.add("SELECT id, name_key, " + tier.level() + " AS tier FROM " + rows
                    + stillRoomAfter(above, fetchSize));
            above.add(rows);
        }
        List<String> windows = new ArrayList<>();
        if (headNeeded) {
            windows.add(windowOf(HEAD, "", query, filters, window));
        }
        if (after != null) {
            windows.add(windowOf(RESUMED, " WHERE id > " + afterId, query, filters, window));
        }
        windows.addAll(ctes);
        return "WITH " + String.join(", ", windows) + " " + String.join(" UNION ALL ", selects)
                + " ORDER BY tier DESC, id LIMIT " + fetchSize;
    }

    /** The matching partners among the next {@code window} in id order, with their tier level. */
    private static String windowOf(String name, String start, String query, String filters, int window) {
        return name + " AS MATERIALIZED (SELECT p.id, p.name_key, " + MatchTier.levelOf() + " AS tier FROM "
                + "(SELECT * FROM partner" + start + " ORDER BY id LIMIT " + window + ") p, " + query
                + " WHERE p.search_vector @@ query" + filters + ")";
    }

    /** The tier's first rows: from the window when it holds enough of them, else from the index. */
    private static String tierRows(MatchTier tier, String window, String fromIndex, int fetchSize) {
        String inWindow = window + " WHERE tier = " + tier.level();
        String count = "(SELECT count(*) FROM " + inWindow + ")";
        return "(SELECT id, name_key FROM " + inWindow + " AND " + count + " >= " + fetchSize
                + " ORDER BY id LIMIT " + fetchSize + ") UNION ALL (SELECT i.id, i.name_key FROM " + fromIndex
                + " i WHERE " + count + " < " + fetchSize + " AND i.whole"
                + " ORDER BY i.id LIMIT " + fetchSize + ")";
    }

    /**
     * The condition that the tiers above left room on the page, one tier at a time, so that a full tier keeps the
     * tiers below it from being read (an AND stops at its first false operand).
     */
    private static String stillRoomAfter(List<String> above, int fetchSize) {
        if (above.isEmpty()) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        for (int i = 1; i <= above.size(); i++) {
            conditions.add(String.join(" + ", above.subList(0, i).stream()
                    .map(rows -> "(SELECT count(*) FROM " + rows + ")").toList()) + " < " + fetchSize);
        }
        return " WHERE " + String.join(" AND ", conditions);
    }
}
