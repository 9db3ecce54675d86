package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.partner.api.PartnerView;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;
import org.smartlibrary.partner.repository.SearchCriteria;
import org.smartlibrary.partner.repository.SearchCriteria.SortOrder;
import org.smartlibrary.partner.repository.SearchQuery;
import org.smartlibrary.partner.repository.SearchQuery.Hit;

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
    PartnerRepository partners;

    @Inject
    SearchParameters parameters;

    @Inject
    PartnerMapper mapper;

    @Inject
    PartnerServiceConfig config;

    @Inject
    PartnerAccess access;

    /**
     * The search of the API, from its query parameters as sent: checks the filters and the sort order first, then
     * the limit and the cursor (each a 400 naming the parameter), then searches.
     */
    public Page<PartnerView> search(String q, String category, String type, String partnerType, String region,
                                    String city, String horizon, String status, String verified, String stale,
                                    String staleWithin, String sort, String limit, String cursor) {
        SearchCriteria criteria = parameters.criteria(q, category, type, partnerType, region, city, horizon, status,
                verified, stale, staleWithin, sort);
        return search(criteria, PageRequest.parse(limit, cursor));
    }

    @Transactional
    public Page<PartnerView> search(SearchCriteria criteria, PageRequest page) {
        List<Hit> hits = partners.hits(query(criteria, page));
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
}
