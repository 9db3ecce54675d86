package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Refuses to register an organization that is already in the directory (same normalized name or website domain)
 * unless the caller confirms it is a different one. Transaction-scoped advisory locks on the name and domain make
 * two concurrent registrations of the same organization run one after the other, so the second one sees the first.
 */
@ApplicationScoped
public class DuplicateGuard {

    @Inject
    PartnerRepository partners;

    @Transactional(Transactional.TxType.MANDATORY)
    public void check(ValidProfile profile, boolean confirmedDistinct) {
        TreeSet<String> keys = new TreeSet<>();
        keys.add("partner-name:" + profile.normalizedName());
        if (profile.websiteDomain() != null) {
            keys.add("partner-domain:" + profile.websiteDomain());
        }
        for (String key : keys) { // sorted, so two registrations never wait for each other's second lock
            partners.lockUntilCommit(key);
        }
        if (confirmedDistinct) {
            return;
        }
        Optional<Partner> existing = partners.findSameOrganization(profile.normalizedName(), profile.websiteDomain());
        if (existing.isPresent()) {
            Partner partner = existing.get();
            boolean sameName = partner.normalizedName.equals(profile.normalizedName());
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("id", partner.id.toString());
            link.put("name", partner.name);
            link.put("href", "/api/v1/partners/" + partner.id);
            link.put("matched_on", sameName ? "name" : "website_domain");
            throw ProblemException.conflict("duplicate-partner", "Partner already registered",
                            "an organization with the same " + (sameName ? "name" : "website domain")
                                    + " is registered as '" + partner.name + "' (" + partner.id
                                    + "); if this is a different organization, send the registration again with "
                                    + "confirm_distinct: true")
                    .with("existing_partner", link);
        }
    }
}
