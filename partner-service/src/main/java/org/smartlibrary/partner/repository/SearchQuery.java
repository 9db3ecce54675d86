package org.smartlibrary.partner.repository;

import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.SearchCriteria.SortOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of one search page, with its ordinal parameters. Full text: {@code search_vector @@ websearch_to_tsquery}
 * (GIN index partner_search). Filters: indexed predicates on partner, offering filters as one EXISTS over the
 * partner's offerings. Name order: keyset after (name_key, id). Relevance order: by {@link MatchTier}, then id,
 * keyset after (tier, id), built by {@link RelevanceQuery}. Returns id, name_key and the tier level (null in name
 * order) per row.
 */
public record SearchQuery(String sql, List<Object> parameters) {

    /** One row of the result: enough to build the cursor. The tier is null in name order. */
    public record Hit(UUID id, String nameKey, MatchTier tier) {
    }

    public static SearchQuery of(SearchCriteria criteria, PageRequest page, LocalDate today, int staleAfterMonths) {
        return of(criteria, page, today, staleAfterMonths, RelevanceQuery.window(page.fetchSize()));
    }

    /** With the number of partners a relevance page reads in id order per tier before using the tier's index. */
    static SearchQuery of(SearchCriteria criteria, PageRequest page, LocalDate today, int staleAfterMonths,
                          int relevanceWindow) {
        List<Object> parameters = new ArrayList<>();
        String text = criteria.q() == null ? null : bind(parameters, criteria.q());
        StringBuilder filters = new StringBuilder();
        filters(criteria, staleAfterMonths, today, parameters, filters);
        String sql = criteria.sort() == SortOrder.RELEVANCE
                ? RelevanceQuery.sql(text, filters.toString(), relevanceCursor(page.cursor()), page.fetchSize(),
                        relevanceWindow, value -> bind(parameters, value))
                : nameOrder(text, filters.toString(), page, parameters);
        return new SearchQuery(sql, List.copyOf(parameters));
    }

    /** The cursor that continues after this row in this sort order. */
    public static String cursorAfter(Hit hit, SortOrder sort) {
        return sort == SortOrder.RELEVANCE ? Cursor.encode("t", Integer.toString(hit.tier().level()), hit.id().toString())
                : Cursor.encode("n", hit.nameKey(), hit.id().toString());
    }

    private static String nameOrder(String text, String filters, PageRequest page, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("SELECT p.id, p.name_key, CAST(NULL AS integer) AS tier FROM partner p");
        if (text != null) {
            sql.append(", websearch_to_tsquery('english', ").append(text).append(") query");
        }
        sql.append(" WHERE ").append(text != null ? "p.search_vector @@ query" : "TRUE").append(filters);
        if (page.cursor() != null) {
            List<String> values = cursorOf(page.cursor(), "n");
            sql.append(" AND (p.name_key, p.id) > (").append(bind(parameters, values.get(1))).append(", ")
                    .append(bind(parameters, parseId(values.get(2)))).append(")");
        }
        return sql.append(" ORDER BY p.name_key, p.id LIMIT ").append(page.fetchSize()).toString();
    }

    private static RelevanceQuery.After relevanceCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> values = cursorOf(cursor, "t");
        return new RelevanceQuery.After(parseTier(values.get(1)), parseId(values.get(2)));
    }

    private static void filters(SearchCriteria criteria, int staleAfterMonths, LocalDate today, List<Object> parameters,
                                StringBuilder where) {
        if (criteria.partnerType() != null) {
            where.append(" AND p.partner_type = ").append(bind(parameters, criteria.partnerType()));
        }
        if (criteria.verified() != null) {
            where.append(criteria.verified() ? " AND p.verification = 'VERIFIED'" : " AND p.verification <> 'VERIFIED'");
        }
        if (criteria.region() != null) {
            where.append(" AND (p.area_keys @> ARRAY[CAST(").append(bind(parameters, Partner.regionKey(criteria.region())))
                    .append(" AS text)] OR p.national OR p.remote)");
        }
        if (criteria.city() != null) {
            where.append(" AND (p.area_keys @> ARRAY[CAST(").append(bind(parameters, Partner.cityKey(criteria.city())))
                    .append(" AS text)] OR p.national OR p.remote)");
        }
        if (criteria.stale() != null) {
            // exactly the rule of the stale marker in the view (service Freshness), for today
            String months = bind(parameters, staleAfterMonths);
            String day = bind(parameters, today);
            where.append(" AND ").append(criteria.stale() ? staleSql("p.last_confirmed_at", months, day)
                    : freshSql("p.last_confirmed_at", months, day));
        }
        if (criteria.staleWithinDays() != null) {
            // stale on the day N days ahead: the reminder list of listings to confirm
            String months = bind(parameters, staleAfterMonths);
            String day = bind(parameters, today.plusDays(criteria.staleWithinDays()));
            where.append(" AND ").append(staleSql("p.last_confirmed_at", months, day));
        }
        if (criteria.hasOfferingFilter()) {
            where.append(" AND EXISTS (SELECT 1 FROM offering o WHERE o.partner_id = p.id");
            if (criteria.category() != null) {
                where.append(" AND o.category = ").append(bind(parameters, criteria.category()));
            }
            if (criteria.type() != null) {
                where.append(" AND o.type = ").append(bind(parameters, criteria.type()));
            }
            if (criteria.horizon() != null) {
                // an offering for ANY horizon fits a short- and a long-term search
                where.append(" AND o.horizon IN (").append(bind(parameters, criteria.horizon())).append(", 'ANY')");
            }
            if (criteria.status() != null) {
                where.append(statusClause(criteria.status(), today, parameters));
            }
            where.append(")");
        }
    }

    /** The effective status: an ACTIVE offering whose window ended is EXPIRED even before the expiry job ran. */
    private static String statusClause(String status, LocalDate today, List<Object> parameters) {
        return switch (status) {
            case Offering.ACTIVE -> " AND o.status = 'ACTIVE' AND (o.available_until IS NULL OR o.available_until >= "
                    + bind(parameters, today) + ")";
            case Offering.EXPIRED -> " AND (o.status = 'EXPIRED' OR (o.status = 'ACTIVE' AND o.available_until < "
                    + bind(parameters, today) + "))";
            default -> " AND o.status = " + bind(parameters, status);
        };
    }

    /**
     * The suite's rule of a stale listing (service Freshness) as a SQL predicate over a date column: never confirmed,
     * or the last confirmation plus N calendar months is before the day. {@code months} and {@code day} are the
     * placeholders of an integer and a date parameter.
     */
    private static String staleSql(String column, String months, String day) {
        return "(" + column + " IS NULL OR " + expiresSql(column, months) + " < " + day + ")";
    }

    /** The negation of {@link #staleSql}: confirmed, and not yet N months before the day. */
    private static String freshSql(String column, String months, String day) {
        return "(" + column + " IS NOT NULL AND " + expiresSql(column, months) + " >= " + day + ")";
    }

    /** last confirmation + N calendar months, as a date. */
    private static String expiresSql(String column, String months) {
        return "CAST(" + column + " + make_interval(months => CAST(" + months + " AS integer)) AS date)";
    }

    private static String bind(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** Decodes a cursor of this sort order: its kind ("n" name, "t" relevance tier), sort key and id. */
    private static List<String> cursorOf(String cursor, String kind) {
        List<String> values = Cursor.decode(cursor, 3);
        if (!values.get(0).equals(kind)) {
            throw foreignCursor();
        }
        return values;
    }

    private static MatchTier parseTier(String value) {
        try {
            return MatchTier.ofLevel(Integer.parseInt(value)).orElseThrow(SearchQuery::foreignCursor);
        } catch (NumberFormatException e) {
            throw foreignCursor();
        }
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw foreignCursor();
        }
    }

    private static ProblemException foreignCursor() {
        return ProblemException.invalid("cursor", "does not belong to this sort order; start again without it");
    }
}
