package org.smartlibrary.partner.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.mapping.PartnerMapper;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;
import org.smartlibrary.partner.rest.dto.PartnerView;
import org.smartlibrary.partner.search.SearchCriteria.SortOrder;
import org.smartlibrary.partner.service.PartnerService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Directory search in PostgreSQL: full text over the partner's name (weight A), description (B) and offering
 * descriptions (C) through the GIN-indexed {@code search_vector}; filters as indexed predicates; keyset pages.
 * Name order pages by (name_key, id); relevance order by (rank desc, id), the cursor carrying the exact float4 rank.
 * One query finds the page's ids, a second loads those partners with their offerings.
 */
@ApplicationScoped
public class PartnerSearch {

    @Inject
    EntityManager entityManager;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnerMapper mapper;

    @Inject
    PartnerServiceConfig config;

    /** One row of the id query: enough to build the cursor. */
    record Hit(UUID id, String nameKey, float rank) {
    }

    @Transactional
    public Page<PartnerView> search(SearchCriteria criteria, PageRequest page) {
        LocalDate today = mapper.today();
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
        filters(criteria, today, parameters, where);
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

        Query query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Hit> hits = rows.stream()
                .map(row -> new Hit((UUID) row[0], (String) row[1], ((Number) row[2]).floatValue())).toList();
        Map<UUID, Partner> loaded = partners.findWithOfferings(hits.stream().map(Hit::id).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return Page.of(hits, page,
                hit -> relevance ? Cursor.encode("r", Float.toString(hit.rank()), hit.id().toString())
                        : Cursor.encode("n", hit.nameKey(), hit.id().toString()),
                hit -> relevance ? mapper.toView(loaded.get(hit.id())).withRelevance(hit.rank())
                        : mapper.toView(loaded.get(hit.id())));
    }

    private void filters(SearchCriteria criteria, LocalDate today, List<Object> parameters, StringBuilder where) {
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
            String staleBefore = bind(parameters, today.minusMonths(config.freshness().staleAfterMonths()));
            where.append(criteria.stale() ? " AND p.last_confirmed_at < " + staleBefore
                    : " AND p.last_confirmed_at >= " + staleBefore);
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
