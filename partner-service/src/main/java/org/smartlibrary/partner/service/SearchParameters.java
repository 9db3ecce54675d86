package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.partner.repository.SearchCriteria;
import org.smartlibrary.partner.repository.SearchCriteria.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.smartlibrary.partner.service.PartnerMapper.blankToNull;

/** Reads the search query parameters: every unknown code or malformed value is a 400 naming the parameter. */
@ApplicationScoped
public class SearchParameters {

    private static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_STALE_WITHIN_DAYS = 366;

    @Inject
    Taxonomy taxonomy;

    public SearchCriteria criteria(String q, String category, String type, String partnerType, String region,
                                   String city, String horizon, String status, String verified, String stale,
                                   String staleWithin, String sort) {
        List<FieldError> errors = new ArrayList<>();
        String query = blankToNull(q);
        maxLength("q", query, errors);
        maxLength("region", blankToNull(region), errors);
        maxLength("city", blankToNull(city), errors);
        code("category", category, taxonomy.categories(), errors);
        if (blankToNull(type) != null && taxonomy.resourceType(type).isEmpty()) {
            errors.add(new FieldError("type", "is not a resource type of the taxonomy, e.g. TECHNOLOGY.ROBOTICS"));
        }
        code("partner_type", partnerType, taxonomy.partnerTypes(), errors);
        code("horizon", horizon, taxonomy.offeringHorizons(), errors);
        code("status", status, taxonomy.offeringStatuses(), errors);
        Boolean verifiedFilter = bool("verified", verified, errors);
        Boolean staleFilter = bool("stale", stale, errors);
        Integer staleWithinDays = days("stale_within", staleWithin, errors);
        SortOrder order = query == null ? SortOrder.NAME : SortOrder.RELEVANCE;
        if (blankToNull(sort) != null) {
            switch (sort.toLowerCase(Locale.ROOT)) {
                case "name" -> order = SortOrder.NAME;
                case "relevance" -> {
                    if (query == null) {
                        errors.add(new FieldError("sort", "relevance needs a full-text query q"));
                    }
                    order = SortOrder.RELEVANCE;
                }
                default -> errors.add(new FieldError("sort", "must be relevance or name"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SearchCriteria(query, blankToNull(category), blankToNull(type), blankToNull(partnerType),
                blankToNull(region), blankToNull(city), blankToNull(horizon), blankToNull(status), verifiedFilter,
                staleFilter, staleWithinDays, order);
    }

    /** Free text (q, region, city) is at most 200 characters. */
    private static void maxLength(String field, String value, List<FieldError> errors) {
        if (value != null && value.length() > MAX_QUERY_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_QUERY_LENGTH + " characters"));
        }
    }

    private static void code(String field, String value, Set<String> allowed, List<FieldError> errors) {
        if (blankToNull(value) != null && !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + allowed));
        }
    }

    /** A number of days written like 30d (1 to 366 days). */
    private static Integer days(String field, String value, List<FieldError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.matches("[0-9]{1,3}d")) {
            int days = Integer.parseInt(text.substring(0, text.length() - 1));
            if (days >= 1 && days <= MAX_STALE_WITHIN_DAYS) {
                return days;
            }
        }
        errors.add(new FieldError(field, "must be a number of days from 1d to " + MAX_STALE_WITHIN_DAYS
                + "d, e.g. 30d"));
        return null;
    }

    private static Boolean bool(String field, String value, List<FieldError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "must be true or false"));
                yield null;
            }
        };
    }
}
