package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.ids.TimeOrderedIds;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.api.PartnerRegistration;
import org.smartlibrary.partner.api.PartnerUpdate;
import org.smartlibrary.partner.api.PartnerView;
import org.smartlibrary.partner.api.VerificationChange;
import org.smartlibrary.partner.events.PartnerDirectoryEvents;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Registration, profile changes, confirmation, verification and removal of partners. Each change publishes the
 * partner's snapshot in its own transaction (see {@link PartnerDirectoryEvents}).
 */
@ApplicationScoped
public class PartnerService {

    public static final String UNVERIFIED = "UNVERIFIED";

    @Inject
    PartnerRepository partners;

    @Inject
    ProfileRules profileRules;

    @Inject
    DuplicateGuard duplicateGuard;

    @Inject
    PartnerDirectoryEvents events;

    @Inject
    PartnerMapper mapper;

    @Inject
    Taxonomy taxonomy;

    @Inject
    PartnerAccess access;

    @Inject
    Clock clock;

    @Transactional
    public PartnerView register(PartnerRegistration registration) {
        ValidProfile profile = profileRules.check(registration);
        duplicateGuard.check(profile, Boolean.TRUE.equals(registration.confirmDistinct()));
        Instant now = clock.instant();
        Partner partner = new Partner();
        partner.id = TimeOrderedIds.next();
        apply(profile, partner);
        partner.verification = UNVERIFIED;
        partner.lastConfirmedAt = mapper.today();
        partner.offeringText = "";
        partner.touch(now);
        partner.createdAt = partner.updatedAt;
        partners.persist(partner);
        events.snapshot(partner);
        return mapper.toView(partner);
    }

    /**
     * Public; the contact only for those who may see it ({@link PartnerAccess#visible}). One statement reads the
     * partner with its offerings, in auto-commit: no JTA transaction is begun for a read that one statement answers
     * consistently (a transaction would add BEGIN and COMMIT round trips and a flush of what was read).
     */
    public PartnerView get(UUID id) {
        return access.visible(mapper.toView(partners.getToRead(id)));
    }

    /** 404 when the partner does not exist, 403 when the caller may not change it; changes nothing. */
    @Transactional
    public void checkMayChange(UUID id) {
        partners.get(id);
        access.checkMayChange(id);
    }

    /** Replaces the profile; writing the profile also confirms it (last_confirmed_at = today). */
    @Transactional
    public PartnerView update(UUID id, String ifMatch, PartnerUpdate update) {
        checkMayChange(id);
        ValidProfile profile = profileRules.check(update);
        duplicateGuard.lock(DuplicateGuard.keys(profile)); // before the row lock, in the order an import takes them
        Partner partner = partners.getForUpdate(id);
        Preconditions.checkIfMatch(ifMatch, partner.revision());
        duplicateGuard.checkIdentifiers(profile, id);
        apply(profile, partner);
        partner.lastConfirmedAt = mapper.today();
        partner.touch(clock.instant());
        events.snapshot(partner);
        return mapper.toView(partner);
    }

    /** The partner states that its profile and offerings are still current. */
    @Transactional
    public PartnerView confirm(UUID id, String ifMatch) {
        Partner partner = partners.getForUpdate(id);
        access.checkMayChange(id);
        Preconditions.checkIfMatch(ifMatch, partner.revision());
        partner.lastConfirmedAt = mapper.today();
        partner.touch(clock.instant());
        events.snapshot(partner);
        return mapper.toView(partner);
    }

    /** Platform administrators only (@RolesAllowed on the resource); the one way to change the verification state. */
    @Transactional
    public PartnerView changeVerification(UUID id, String ifMatch, VerificationChange change) {
        if (!taxonomy.isVerificationState(change.verification())) {
            throw ProblemException.invalid("verification", "must be one of " + taxonomy.verificationStates());
        }
        Partner partner = partners.getForUpdate(id);
        Preconditions.checkIfMatch(ifMatch, partner.revision());
        partner.verification = change.verification();
        partner.touch(clock.instant());
        events.snapshot(partner);
        return mapper.toView(partner);
    }

    /** Deletes the partner with its offerings and publishes partner-removed plus a tombstone. */
    @Transactional
    public void remove(UUID id, String ifMatch) {
        Partner partner = partners.getForUpdate(id);
        access.checkMayChange(id);
        Preconditions.checkIfMatch(ifMatch, partner.revision());
        events.removed(partner, clock.instant());
        partners.delete(partner);
    }

    /** Writes a checked profile to the entity (also used by the directory import). */
    static void apply(ValidProfile profile, Partner partner) {
        partner.name = profile.name();
        partner.nameKey = profile.name().toLowerCase(Locale.ROOT);
        partner.normalizedName = profile.normalizedName();
        partner.partnerType = profile.partnerType();
        partner.description = profile.description();
        partner.remote = profile.remote();
        partner.national = profile.national();
        partner.regions = profile.regions().toArray(String[]::new);
        partner.cities = profile.cities().toArray(String[]::new);
        partner.areaKeys = Stream.concat(
                        profile.regions().stream().map(Partner::regionKey),
                        profile.cities().stream().map(Partner::cityKey))
                .toArray(String[]::new);
        partner.website = profile.website();
        partner.websiteDomain = profile.websiteDomain();
        partner.externalId = profile.externalId();
        partner.orgRegistryId = profile.orgRegistryId();
        partner.contactName = profile.contactName();
        partner.contactEmail = profile.contactEmail();
        partner.seeks = profile.seeks().toArray(String[]::new);
    }
}
