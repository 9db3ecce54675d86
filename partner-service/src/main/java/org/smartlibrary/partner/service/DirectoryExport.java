package org.smartlibrary.partner.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;
import org.smartlibrary.partner.repository.SearchCriteria;
import org.smartlibrary.partner.repository.SearchQuery;
import org.smartlibrary.partner.repository.SearchQuery.Hit;
import org.smartlibrary.partner.service.directory.DirectoryFormat;
import org.smartlibrary.partner.service.directory.DirectoryRecords;
import org.smartlibrary.partner.service.directory.DirectoryWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The directory as a file: the partners a search finds (same filters), in name order, with their offerings and
 * contacts, written as they are read, a page at a time, so memory stays flat whatever the directory's size. One
 * read-only repeatable-read transaction: the file is one consistent picture of the directory.
 */
@ApplicationScoped
public class DirectoryExport {

    /** Partners read per query. */
    static final int PAGE = 200;

    @Inject
    PartnerRepository partners;

    @Inject
    SearchParameters parameters;

    @Inject
    PartnerMapper mapper;

    @Inject
    PartnerServiceConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    /** Checks the filters (each a 400 naming the parameter) before anything is written. */
    public SearchCriteria criteria(String q, String category, String type, String partnerType, String region,
                                   String city, String horizon, String status, String verified, String stale,
                                   String staleWithin) {
        return parameters.criteria(q, category, type, partnerType, region, city, horizon, status, verified, stale,
                staleWithin, null).inNameOrder();
    }

    public StreamingOutput export(SearchCriteria criteria, DirectoryFormat format) {
        return out -> {
            DirectoryWriter writer = format.writer(out, objectMapper);
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                        .executeUpdate();
                try {
                    writeAll(criteria, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }

    private void writeAll(SearchCriteria criteria, DirectoryWriter writer) throws IOException {
        LocalDate today = mapper.today();
        writer.start();
        String cursor = null;
        while (true) {
            SearchQuery query = SearchQuery.of(criteria, new PageRequest(PAGE, cursor), today,
                    config.freshness().staleAfterMonths());
            List<Hit> hits = partners.hits(query);
            List<Hit> page = hits.size() > PAGE ? hits.subList(0, PAGE) : hits;
            for (Partner partner : partners.findWithOfferings(page.stream().map(Hit::id).toList())) {
                writer.write(DirectoryRecords.of(partner, today));
            }
            entityManager.clear();
            if (hits.size() <= PAGE) {
                break;
            }
            cursor = SearchQuery.cursorAfter(page.get(page.size() - 1), SearchCriteria.SortOrder.NAME);
        }
        writer.finish();
    }
}
