package org.smartlibrary.partner.service;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.ids.TimeOrderedIds;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.problem.ProblemMappers;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.OfferingRequest;
import org.smartlibrary.partner.api.PartnerRegistration;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.events.PartnerDirectoryEvents;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.NewPartnerRows;
import org.smartlibrary.partner.repository.PartnerRepository;
import org.smartlibrary.partner.service.directory.DirectoryRecords;
import org.smartlibrary.partner.service.directory.ImportRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Imports the rows of a directory file into the directory, in the caller's transaction. A row is one partner with
 * its offerings: it is checked by the same rules as the API (except that history may come in: ended windows, every
 * offering status, the source's confirmation date and verification state), then matched to the partner it updates
 * (same external_id, else same org_registry_id) or created, unless the duplicate guard takes it for another partner
 * already in the directory. Offerings are matched by their external_id, else by category, type, description and
 * window; offerings the file does not mention are left as they are. A row that changes nothing writes nothing and
 * publishes nothing; a changed or new partner publishes its snapshot through the outbox, as every change does.
 */
@ApplicationScoped
public class DirectoryImportRows {

    /** What importing a row did (or, in a dry run, would do). */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    /** The outcome of one row, with the errors of a refused one. */
    public record Result(Outcome outcome, List<FieldError> errors) {

        static Result refused(List<FieldError> errors) {
            return new Result(Outcome.REFUSED, errors);
        }

        static Result refused(String field, String message) {
            return refused(List.of(new FieldError(field, message)));
        }
    }

    private static final UnaryOperator<String> JSON_NAME =
            ((PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE)::translate;

    @Inject
    PartnerRepository partners;

    @Inject
    NewPartnerRows newPartners;

    @Inject
    ProfileRules profileRules;

    @Inject
    OfferingRules offeringRules;

    @Inject
    DuplicateGuard duplicateGuard;

    @Inject
    PartnerDirectoryEvents events;

    @Inject
    PartnerMapper mapper;

    @Inject
    PartnerServiceConfig config;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Validator validator;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** A checked row: its profile and offerings with what to store of each. */
    private record CheckedRow(DirectoryPartner source, ValidProfile profile, List<CheckedOffering> offerings) {
    }

    private record CheckedOffering(DirectoryOffering source, OfferingRequest request, OfferingRules.Accepted accepted,
                                   String status) {
    }

    /**
     * A row checked by the rules that need no database: either refused already, or with the advisory lock keys its
     * import needs (take the keys of a whole batch, sorted, before importing its rows).
     */
    public static final class PreparedRow {

        private final ImportRow row;
        private final CheckedRow checked;
        private final List<FieldError> errors;

        private PreparedRow(ImportRow row, CheckedRow checked, List<FieldError> errors) {
            this.row = row;
            this.checked = checked;
            this.errors = errors;
        }

        public long line() {
            return row.line();
        }

        public List<String> lockKeys() {
            return checked == null ? List.of() : DuplicateGuard.keys(checked.profile());
        }
    }

    /** Checks a row by the API's rules (history allowed); needs no transaction. */
    public PreparedRow prepare(ImportRow row) {
        if (!row.errors().isEmpty() || row.partner() == null) {
            return new PreparedRow(row, null, row.errors().isEmpty()
                    ? List.of(new FieldError("line", "holds no partner")) : row.errors());
        }
        try {
            return new PreparedRow(row, check(row.partner()), List.of());
        } catch (ProblemException refused) {
            return new PreparedRow(row, null, refused.fieldErrors("line"));
        }
    }

    /**
     * Imports the rows in the caller's transaction: takes the advisory locks of all their keys (sorted, one
     * statement), loads and locks every partner they can touch (one query), imports each row, then writes the
     * partners the rows created (one COPY per table) and publishes the snapshot of each partner the rows created or
     * changed (one flush). Returns the outcome of each row, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Result> apply(List<PreparedRow> rows, UUID importId) {
        Set<String> keys = new TreeSet<>();
        Set<String> externalIds = new HashSet<>();
        Set<String> orgRegistryIds = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (PreparedRow row : rows) {
            if (row.checked != null) {
                ValidProfile profile = row.checked.profile();
                keys.addAll(DuplicateGuard.keys(profile));
                addIfPresent(externalIds, profile.externalId());
                addIfPresent(orgRegistryIds, profile.orgRegistryId());
                names.add(profile.normalizedName());
                addIfPresent(domains, profile.websiteDomain());
            }
        }
        duplicateGuard.lock(keys);
        ImportBatch batch = new ImportBatch(partners.lockSameOrganizations(externalIds, orgRegistryIds, names,
                domains));
        List<Result> results = new ArrayList<>();
        for (PreparedRow row : rows) {
            results.add(apply(row, importId, batch));
        }
        newPartners.insert(batch.created());
        events.snapshots(batch.changed());
        return results;
    }

    private Result apply(PreparedRow prepared, UUID importId, ImportBatch batch) {
        if (prepared.checked == null) {
            return Result.refused(prepared.errors);
        }
        CheckedRow checked = prepared.checked;
        Optional<Partner> target = findTarget(checked, batch);
        if (target.isEmpty()) {
            Optional<DuplicateGuard.Duplicate> duplicate = duplicateGuard.find(checked.profile(),
                    Boolean.TRUE.equals(checked.source().confirmDistinct()), null, batch);
            if (duplicate.isPresent()) {
                return Result.refused(duplicate.get().matchedOn(), duplicate.get().explanation()
                        + "; give that partner's external_id or org_registry_id to update it, or confirm_distinct: "
                        + "true to import this one as another organization");
            }
            create(checked, importId, batch);
            return new Result(Outcome.CREATED, List.of());
        }
        return update(target.get(), checked, importId, batch);
    }

    /** Checks the row by the API's rules, allowing history; throws a 400 problem with every error. */
    private CheckedRow check(DirectoryPartner in) {
        List<FieldError> errors = new ArrayList<>(ProblemMappers.fieldErrors(validator.validate(registration(in)),
                JSON_NAME));
        List<DirectoryOffering> offerings = in.offerings() == null ? List.of() : in.offerings();
        for (int i = 0; i < offerings.size(); i++) {
            if (offerings.get(i) == null) {
                errors.add(new FieldError("offerings[" + i + "]", "must be an offering, not null"));
            } else {
                prefixed("offerings[" + i + "].", ProblemMappers.fieldErrors(
                        validator.validate(offerings.get(i).asRequest()), JSON_NAME), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ValidProfile profile = null;
        try {
            profile = profileRules.check(in);
        } catch (ProblemException invalid) {
            errors.addAll(invalid.fieldErrors("partner"));
        }
        if (in.verification() != null && !taxonomy.isVerificationState(in.verification())) {
            errors.add(new FieldError("verification", "must be one of " + taxonomy.verificationStates()));
        }
        LocalDate today = mapper.today();
        if (in.lastConfirmedAt() != null && in.lastConfirmedAt().isAfter(today)) {
            errors.add(new FieldError("last_confirmed_at", "must not be in the future (today is " + today + ")"));
        }
        List<CheckedOffering> checked = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
        for (int i = 0; i < offerings.size(); i++) {
            DirectoryOffering offering = offerings.get(i);
            String field = "offerings[" + i + "].";
            String status = offering.status() == null ? Offering.ACTIVE : offering.status();
            if (!taxonomy.isOfferingStatus(status)) {
                errors.add(new FieldError(field + "status", "must be one of " + taxonomy.offeringStatuses()));
            }
            if (offering.externalId() != null && !externalIds.add(offering.externalId().trim())) {
                errors.add(new FieldError(field + "external_id", "is given to two offerings of this partner"));
            }
            try {
                OfferingRequest request = offering.asRequest();
                checked.add(new CheckedOffering(offering, request, offeringRules.checkHistory(request), status));
            } catch (ProblemException invalid) {
                prefixed(field, invalid.fieldErrors("offering"), errors);
            }
        }
        if (offerings.size() > config.maxOfferingsPerPartner()) {
            errors.add(new FieldError("offerings", "a partner holds at most " + config.maxOfferingsPerPartner()
                    + " offerings"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CheckedRow(in, profile, checked);
    }

    /** The partner the row updates: the one with its external_id, else the one with its registry id. */
    private static Optional<Partner> findTarget(CheckedRow row, ImportBatch batch) {
        ValidProfile profile = row.profile();
        if (profile.externalId() != null) {
            Optional<Partner> byExternalId = batch.byExternalId(profile.externalId());
            if (byExternalId.isPresent()) {
                return byExternalId;
            }
        }
        if (profile.orgRegistryId() != null) {
            return batch.byOrgRegistryId(profile.orgRegistryId());
        }
        return Optional.empty();
    }

    private void create(CheckedRow row, UUID importId, ImportBatch batch) {
        Partner partner = new Partner();
        partner.id = TimeOrderedIds.next();
        PartnerService.apply(row.profile(), partner);
        partner.verification = row.source().verification() == null ? PartnerService.UNVERIFIED
                : row.source().verification();
        partner.lastConfirmedAt = row.source().lastConfirmedAt() == null ? mapper.today()
                : row.source().lastConfirmedAt();
        partner.sourceNote = row.source().source();
        partner.importId = importId;
        partner.touch(clock.instant());
        partner.createdAt = partner.updatedAt;
        for (CheckedOffering offering : row.offerings()) {
            add(partner, offering, importId);
        }
        partner.refreshOfferingText();
        batch.add(partner);
        batch.created(partner); // written at the end of the batch, in its final state
    }

    private Result update(Partner partner, CheckedRow row, UUID importId, ImportBatch batch) {
        ValidProfile profile = row.profile();
        if (profile.externalId() != null && partner.externalId != null && !profile.externalId().equals(partner.externalId)) {
            return Result.refused("org_registry_id", "belongs to partner '" + partner.name + "' (" + partner.id
                    + ") whose external_id is " + partner.externalId + ", not " + profile.externalId());
        }
        Optional<DuplicateGuard.Duplicate> taken = duplicateGuard.find(profile, true, partner.id, batch);
        if (taken.isPresent()) {
            return Result.refused(taken.get().matchedOn(), "belongs to another partner: "
                    + taken.get().explanation());
        }
        // every refusal before the first change: a refused row must leave the partner as it was
        List<Offering> unmatched = new ArrayList<>(partner.offerings);
        List<Map.Entry<CheckedOffering, Offering>> matches = new ArrayList<>();
        for (int i = 0; i < row.offerings().size(); i++) {
            CheckedOffering offering = row.offerings().get(i);
            Optional<Offering> existing = matching(unmatched, offering.source());
            existing.ifPresent(unmatched::remove);
            matches.add(new AbstractMap.SimpleEntry<>(offering, existing.orElse(null)));
            if (existing.isPresent() && Offering.WITHDRAWN.equals(existing.get().status)
                    && !Offering.WITHDRAWN.equals(offering.status())) {
                return Result.refused("offerings[" + i + "].status", "offering " + existing.get().id + " was "
                        + "withdrawn and cannot come back; give the new offering another external_id");
            }
        }
        if (unmatched.size() + row.offerings().size() > config.maxOfferingsPerPartner()) {
            return Result.refused("offerings", "the partner would hold more than " + config.maxOfferingsPerPartner()
                    + " offerings (withdrawn and expired ones count too)");
        }
        LocalDate today = mapper.today();
        DirectoryPartner before = DirectoryRecords.of(partner, today);
        String externalId = partner.externalId;
        String orgRegistryId = partner.orgRegistryId;
        PartnerService.apply(profile, partner);
        partner.externalId = profile.externalId() != null ? profile.externalId() : externalId;
        partner.orgRegistryId = profile.orgRegistryId() != null ? profile.orgRegistryId() : orgRegistryId;
        DirectoryPartner source = row.source();
        if (source.verification() != null) {
            partner.verification = source.verification();
        }
        if (source.lastConfirmedAt() != null) {
            partner.lastConfirmedAt = source.lastConfirmedAt();
        }
        if (source.source() != null) {
            partner.sourceNote = source.source();
        }
        Instant now = clock.instant();
        for (Map.Entry<CheckedOffering, Offering> match : matches) {
            CheckedOffering offering = match.getKey();
            Offering stored = match.getValue();
            if (stored == null) {
                Offering added = add(partner, offering, importId);
                if (!batch.isCreated(partner)) {
                    entityManager.persist(added);
                }
            } else if (!Offering.WITHDRAWN.equals(stored.status)) {
                DirectoryOffering was = DirectoryRecords.of(stored, today);
                OfferingService.apply(offering.request(), offering.accepted(), stored);
                stored.externalId = blankToNull(offering.source().externalId());
                stored.status = offering.status();
                if (!was.equals(DirectoryRecords.of(stored, today))) {
                    stored.importId = importId;
                    stored.updatedAt = now;
                }
            }
        }
        if (before.equals(DirectoryRecords.of(partner, today))) {
            return new Result(Outcome.UNCHANGED, List.of());
        }
        partner.importId = importId;
        partner.touch(now);
        partner.refreshOfferingText();
        batch.add(partner);
        batch.changed(partner);
        return new Result(Outcome.UPDATED, List.of());
    }

    /** The stored offering an imported one updates: same external_id, else same type, description and window. */
    private static Optional<Offering> matching(List<Offering> candidates, DirectoryOffering offering) {
        String externalId = blankToNull(offering.externalId());
        if (externalId != null) {
            return candidates.stream().filter(o -> externalId.equals(o.externalId)).findFirst();
        }
        return candidates.stream()
                .filter(o -> o.externalId == null)
                .filter(o -> Objects.equals(o.type, offering.type())
                        && Objects.equals(o.description, blankToNull(offering.description()))
                        && Objects.equals(o.availableFrom, offering.availableFrom())
                        && Objects.equals(o.availableUntil, offering.availableUntil()))
                .findFirst();
    }

    private Offering add(Partner partner, CheckedOffering checked, UUID importId) {
        Offering offering = new Offering();
        offering.id = TimeOrderedIds.next();
        offering.partner = partner;
        OfferingService.apply(checked.request(), checked.accepted(), offering);
        offering.externalId = blankToNull(checked.source().externalId());
        offering.status = checked.status();
        offering.importId = importId;
        offering.createdAt = clock.instant();
        offering.updatedAt = offering.createdAt;
        partner.offerings.add(offering);
        return offering;
    }

    private static PartnerRegistration registration(DirectoryPartner in) {
        return new PartnerRegistration(in.name(), in.partnerType(), in.description(), in.serviceArea(), in.website(),
                in.externalId(), in.orgRegistryId(), in.contact(), in.seeks(), in.confirmDistinct());
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    private static void prefixed(String prefix, List<FieldError> from, List<FieldError> to) {
        from.forEach(e -> to.add(new FieldError(prefix + e.field(), e.message())));
    }

    private static String blankToNull(String value) {
        return PartnerMapper.blankToNull(value);
    }
}
