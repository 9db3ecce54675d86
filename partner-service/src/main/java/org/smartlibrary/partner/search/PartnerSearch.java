package org.smartlibrary.partner.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.mapping.PartnerMapper;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;
import org.smartlibrary.partner.rest.dto.PartnerView;
import org.smartlibrary.partner.search.SearchCriteria.SortOrder;
import org.smartlibrary.partner.search.SearchQuery.Hit;
import org.smartlibrary.partner.service.PartnerAccess;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Directory search in PostgreSQL: one query finds the page's partner ids in order ({@link SearchQuery}), a second
 * loads those partners with their offerings.
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

    @Inject
    PartnerAccess access;

    @Transactional
    public Page<PartnerView> search(SearchCriteria criteria, PageRequest page) {
        List<Hit> hits = hits(query(criteria, page));
        Map<UUID, Partner> loaded = partners.findWithOfferings(hits.stream().map(Hit::id).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        boolean relevance = criteria.sort() == SortOrder.RELEVANCE;
        // a partner removed between the two queries is left out of the page
        List<Hit> found = hits.stream().filter(hit -> loaded.containsKey(hit.id())).toList();
        // the directory is public; each partner's contact only for those who may see it
        return Page.of(found, page, hit -> SearchQuery.cursorAfter(hit, criteria.sort()),
                hit -> access.visible(relevance ? mapper.toView(loaded.get(hit.id())).withRelevance(hit.tier().relevance())
                        : mapper.toView(loaded.get(hit.id()))));
    }

    /** The SQL this search runs for a page (also used to show its plan). */
    public SearchQuery query(SearchCriteria criteria, PageRequest page) {
        return SearchQuery.of(criteria, page, mapper.today(), config.freshness().staleAfterMonths());
    }

    /** Runs the id query of a page; needs a transaction. */
    List<Hit> hits(SearchQuery search) {
        // The driver prepares repeated statements on the server, and PostgreSQL may then switch to a generic plan
        // that cannot see the query text: it would scan every partner even for a selective query that the GIN
        // indexes answer in milliseconds. Plan each search for its own parameters.
        entityManager.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        Query query = entityManager.createNativeQuery(search.sql());
        for (int i = 0; i < search.parameters().size(); i++) {
            query.setParameter(i + 1, search.parameters().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Hit((UUID) row[0], (String) row[1], tierOf(row[2]))).toList();
    }

    private static MatchTier tierOf(Object level) {
        return level == null ? null : MatchTier.ofLevel(((Number) level).intValue()).orElseThrow();
    }
}
