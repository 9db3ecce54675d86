package org.smartlibrary.partner.search;

import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.search.SearchCriteria.SortOrder;
import org.smartlibrary.partner.service.PartnerService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of one search page, with its ordinal parameters. Full text: {@code search_vector @@ websearch_to_tsquery}
 * (GIN index partner_search), ranked by {@code ts_rank}. Filters: indexed predicates on partner, offering filters as
 * one EXISTS over the partner's offerings. Keyset paging: name order after (name_key, id), relevance order after
 * (rank desc, id), the cursor carrying the exact float4 rank. Returns id, name_key, rank per row.
 */
public record SearchQuery(String sql, List<Object> parameters) {

    /** One row of the result: enough to build the cursor. */
    public record Hit(UUID id, String nameKey, float rank) {
    }

    public static SearchQuery of(SearchCriteria criteria, PageRequest page, LocalDate today, int staleAfterMonths) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        boolean relevance = criteria.sort() == SortOrder.RELEVANCE;
        String rank = "0::real";
        String from = " FROM partner p";
        if (criteria.q() != null) {
            from += ", websearch_to_tsquery('english', " + bind(parameters, criteria.q()) + ") query";
            where.append(" AND p.search_vector @@ query");
            rank = "ts_rank(p.search_vector, query)";
        }
        filters(criteria, today.minusMonths(staleAfterMonths), today, parameters, where);
        String inner = "SELECT p.id, p.name_key, " + rank + " AS rank" + from + where;
        StringBuilder sql = new StringBuilder("SELECT h.id, h.name_key, h.rank FROM (").append(inner).append(") h");
        if (page.cursor() != null) {
            if (relevance) {
                List<String> values = cursorOf(page.cursor(), "r");
                String r = bind(parameters, parseRank(values.get(1)));
                sql.append(" WHERE (h.rank < ").append(r).append(" OR (h.rank = ").append(r)
                        .append(" AND h.id > ").append(bind(parameters, parseId(values.get(2)))).append("))");
            } else {
                List<String> values = cursorOf(page.cursor(), "n");
                sql.append(" WHERE (h.name_key, h.id) > (").append(bind(parameters, values.get(1))).append(", ")
                        .append(bind(parameters, parseId(values.get(2)))).append(")");
            }
        }
        sql.append(relevance ? " ORDER BY h.rank DESC, h.id" : " ORDER BY h.name_key, h.id");
        sql.append(" LIMIT ").append(page.fetchSize());
        return new SearchQuery(sql.toString(), List.copyOf(parameters));
    }

    /** The cursor that continues after this row in this sort order. */
    public static String cursorAfter(Hit hit, SortOrder sort) {
        return sort == SortOrder.RELEVANCE ? Cursor.encode("r", Float.toString(hit.rank()), hit.id().toString())
                : Cursor.encode("n", hit.nameKey(), hit.id().toString());
    }

    private static void filters(SearchCriteria criteria, LocalDate staleBefore, LocalDate today, List<Object> parameters,
                                StringBuilder where) {
        if (criteria.partnerType() != null) {
            where.append(" AND p.partner_type = ").append(bind(parameters, criteria.partnerType()));
        }
        if (criteria.verified() != null) {
            where.append(criteria.verified() ? " AND p.verification = 'VERIFIED'" : " AND p.verification <> 'VERIFIED'");
        }
        if (criteria.region() != null) {
            where.append(" AND (p.area_keys @> ARRAY[CAST(").append(bind(parameters, PartnerService.regionKey(criteria.region())))
                    .append(" AS text)] OR p.national OR p.remote)");
        }
        if (criteria.city() != null) {
            where.append(" AND (p.area_keys @> ARRAY[CAST(").append(bind(parameters, PartnerService.cityKey(criteria.city())))
                    .append(" AS text)] OR p.national OR p.remote)");
        }
        if (criteria.stale() != null) {
            String before = bind(parameters, staleBefore);
            where.append(criteria.stale() ? " AND p.last_confirmed_at < " + before
                    : " AND p.last_confirmed_at >= " + before);
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

    private static String bind(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** Decodes a cursor of this sort order: its kind ("n" name, "r" relevance), sort key and id. */
    private static List<String> cursorOf(String cursor, String kind) {
        List<String> values = Cursor.decode(cursor, 3);
        if (!values.get(0).equals(kind)) {
            throw foreignCursor();
        }
        return values;
    }

    private static Float parseRank(String value) {
        try {
            return Float.valueOf(value);
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
