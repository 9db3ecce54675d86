package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Refuses to register an organization that is already in the directory. The registry id decides first: the same
 * {@code org_registry_id} (or the same {@code external_id}) is the same organization, always; two different registry
 * ids are two organizations, whatever their names. Without that proof, the same normalized name or website domain is
 * taken for the same organization unless the caller confirms it is a different one. Transaction-scoped advisory locks
 * on these keys make two concurrent registrations of the same organization run one after the other, so the second one
 * sees the first.
 */
@ApplicationScoped
public class DuplicateGuard {

    @Inject
    PartnerRepository partners;

    /** An existing partner taken for the same organization, and what matched. */
    public record Duplicate(Partner partner, String matchedOn) {

        public String explanation() {
            return "an organization with the same " + matchedOn + " is registered as '" + partner.name + "' ("
                    + partner.id + ")";
        }
    }

    /** Registration: locks the profile's keys and refuses a duplicate with 409 duplicate-partner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(ValidProfile profile, boolean confirmedDistinct) {
        lock(keys(profile));
        Optional<Duplicate> duplicate = find(profile, confirmedDistinct, null);
        if (duplicate.isPresent()) {
            throw conflict(duplicate.get(), !duplicate.get().matchedOn().equals("name")
                    && !duplicate.get().matchedOn().equals("website_domain"));
        }
    }

    /**
     * Profile update: the registry id and external id may not be another partner's (names are not re-checked). The
     * caller holds the profile's locks ({@link #lock}), taken before the partner's row lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkIdentifiers(ValidProfile profile, UUID self) {
        Optional<Duplicate> duplicate = findByIdentifiers(profile, self, stored());
        if (duplicate.isPresent()) {
            throw conflict(duplicate.get(), true);
        }
    }

    /** The advisory lock keys of a profile: registry id, external id, normalized name and website domain. */
    public static List<String> keys(ValidProfile profile) {
        TreeSet<String> keys = new TreeSet<>();
        keys.add("partner-name:" + profile.normalizedName());
        if (profile.websiteDomain() != null) {
            keys.add("partner-domain:" + profile.websiteDomain());
        }
        if (profile.orgRegistryId() != null) {
            keys.add("partner-registry:" + profile.orgRegistryId());
        }
        if (profile.externalId() != null) {
            keys.add("partner-external:" + profile.externalId());
        }
        return List.copyOf(keys);
    }

    /**
     * Where the guard looks for the same organization: the database (registration, update), or the partners a batch
     * of an import has loaded and created.
     */
    public interface KnownPartners {

        Optional<Partner> byOrgRegistryId(String orgRegistryId);

        Optional<Partner> byExternalId(String externalId);

        /** Partners with this normalized name or website domain, the first registered first. */
        List<Partner> sameOrganization(String normalizedName, String websiteDomain);
    }

    /** Takes the advisory locks in sorted order, so two transactions never wait for each other's next lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<String> keys) {
        partners.lockAllUntilCommit(keys);
    }

    /**
     * The partner this profile would duplicate, other than {@code self}: same registry id, same external id, or —
     * unless confirmed distinct, and unless both carry different registry ids — same normalized name or domain.
     */
    public Optional<Duplicate> find(ValidProfile profile, boolean confirmedDistinct, UUID self) {
        return find(profile, confirmedDistinct, self, stored());
    }

    /** {@link #find(ValidProfile, boolean, UUID)} among these partners. */
    public Optional<Duplicate> find(ValidProfile profile, boolean confirmedDistinct, UUID self, KnownPartners known) {
        Optional<Duplicate> byIdentifiers = findByIdentifiers(profile, self, known);
        if (byIdentifiers.isPresent() || confirmedDistinct) {
            return byIdentifiers;
        }
        return known.sameOrganization(profile.normalizedName(), profile.websiteDomain()).stream()
                .filter(p -> !p.id.equals(self))
                .filter(p -> profile.orgRegistryId() == null || p.orgRegistryId == null)
                .findFirst()
                .map(p -> new Duplicate(p, p.normalizedName.equals(profile.normalizedName()) ? "name"
                        : "website_domain"));
    }

    private static Optional<Duplicate> findByIdentifiers(ValidProfile profile, UUID self, KnownPartners known) {
        if (profile.orgRegistryId() != null) {
            Optional<Partner> same = known.byOrgRegistryId(profile.orgRegistryId()).filter(p -> !p.id.equals(self));
            if (same.isPresent()) {
                return same.map(p -> new Duplicate(p, "org_registry_id"));
            }
        }
        if (profile.externalId() != null) {
            return known.byExternalId(profile.externalId()).filter(p -> !p.id.equals(self))
                    .map(p -> new Duplicate(p, "external_id"));
        }
        return Optional.empty();
    }

    /** The partners in the database. */
    private KnownPartners stored() {
        return new KnownPartners() {
            @Override
            public Optional<Partner> byOrgRegistryId(String orgRegistryId) {
                return partners.findByOrgRegistryId(orgRegistryId);
            }

            @Override
            public Optional<Partner> byExternalId(String externalId) {
                return partners.findByExternalId(externalId);
            }

            @Override
            public List<Partner> sameOrganization(String normalizedName, String websiteDomain) {
                return partners.findSameOrganization(normalizedName, websiteDomain);
            }
        };
    }

    private static ProblemException conflict(Duplicate duplicate, boolean unique) {
        Partner partner = duplicate.partner();
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", partner.id.toString());
        link.put("name", partner.name);
        link.put("href", "/api/v1/partners/" + partner.id);
        link.put("matched_on", duplicate.matchedOn());
        String remedy = unique ? "; " + duplicate.matchedOn() + " is unique in the directory"
                : "; if this is a different organization, send the registration again with confirm_distinct: true";
        return ProblemException.conflict("duplicate-partner", "Partner already registered",
                        duplicate.explanation() + remedy)
                .with("existing_partner", link);
    }
}
