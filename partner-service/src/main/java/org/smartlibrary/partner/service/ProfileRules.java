package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.api.PartnerProfile;
import org.smartlibrary.partner.api.ServiceAreaDto;
import org.smartlibrary.contracts.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.smartlibrary.partner.service.PartnerMapper.blankToNull;

/** The checks beyond Bean Validation: taxonomy codes, service area, website; all errors reported at once. */
@ApplicationScoped
public class ProfileRules {

    @Inject
    Taxonomy taxonomy;

    public ValidProfile check(PartnerProfile profile) {
        List<FieldError> errors = new ArrayList<>();
        if (!taxonomy.isPartnerType(profile.partnerType())) {
            errors.add(new FieldError("partner_type", "must be one of " + taxonomy.partnerTypes()));
        }
        ServiceAreaDto area = profile.serviceArea();
        boolean remote = Boolean.TRUE.equals(area.remote());
        boolean national = Boolean.TRUE.equals(area.national());
        List<String> regions = distinctIgnoringCase(area.regions());
        List<String> cities = distinctIgnoringCase(area.cities());
        if (!remote && !national && regions.isEmpty() && cities.isEmpty()) {
            errors.add(new FieldError("service_area",
                    "must list regions or cities, or be remote or national"));
        }
        String website = blankToNull(profile.website());
        String domain = null;
        if (website != null) {
            domain = OrganizationIdentity.websiteDomain(website);
            if (domain == null) {
                errors.add(new FieldError("website", "must be an absolute http(s) URL, e.g. https://example.org"));
            }
        }
        String orgRegistryId = blankToNull(profile.orgRegistryId());
        if (orgRegistryId != null) {
            try {
                orgRegistryId = OrgRegistryId.parse(orgRegistryId).value();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("org_registry_id", e.getMessage()));
            }
        }
        List<String> seeks = new ArrayList<>(new LinkedHashSet<>(profile.seeks() == null ? List.of() : profile.seeks()));
        for (int i = 0; i < seeks.size(); i++) {
            if (!taxonomy.isLibraryOffer(seeks.get(i))) {
                errors.add(new FieldError("seeks[" + profile.seeks().indexOf(seeks.get(i)) + "]",
                        "must be one of " + taxonomy.libraryOffers()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String name = profile.name().trim().replaceAll("\\s+", " ");
        return new ValidProfile(name, OrganizationIdentity.normalizedName(name), profile.partnerType(),
                blankToNull(profile.description()), remote, national, regions, cities, website, domain,
                blankToNull(profile.externalId()), orgRegistryId,
                profile.contact() == null ? null : blankToNull(profile.contact().name()),
                profile.contact() == null ? null : blankToNull(profile.contact().email()), seeks);
    }

    private static List<String> distinctIgnoringCase(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (names != null) {
            names.forEach(n -> byKey.putIfAbsent(n.trim().toLowerCase(Locale.ROOT), n.trim()));
        }
        return List.copyOf(byKey.values());
    }
}
