package org.smartlibrary.partner.service;

import org.smartlibrary.partner.model.Partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The partners one batch of an import can touch, loaded (and locked) in one query before its rows are imported, plus
 * those its rows create: the rows find their targets and duplicates here instead of one query each, and the batch
 * writes the partners it created and publishes the snapshots of the partners it changed once, at its end.
 */
final class ImportBatch implements DuplicateGuard.KnownPartners {

    private final Map<String, Partner> byExternalId = new HashMap<>();
    private final Map<String, Partner> byOrgRegistryId = new HashMap<>();
    private final Map<String, List<Partner>> byName = new HashMap<>();
    private final Map<String, List<Partner>> byDomain = new HashMap<>();
    private final Set<Partner> changed = new LinkedHashSet<>();
    private final Set<Partner> created = new LinkedHashSet<>();

    ImportBatch(List<Partner> loaded) {
        loaded.forEach(this::add);
    }

    /** Indexes a partner (loaded, created or with changed identifiers). */
    void add(Partner partner) {
        if (partner.externalId != null) {
            byExternalId.put(partner.externalId, partner);
        }
        if (partner.orgRegistryId != null) {
            byOrgRegistryId.put(partner.orgRegistryId, partner);
        }
        byName.computeIfAbsent(partner.normalizedName, k -> new ArrayList<>()).add(partner);
        if (partner.websiteDomain != null) {
            byDomain.computeIfAbsent(partner.websiteDomain, k -> new ArrayList<>()).add(partner);
        }
    }

    void changed(Partner partner) {
        changed.add(partner);
    }

    /** A partner a row of this batch creates: written with its offerings when the batch's rows are done. */
    void created(Partner partner) {
        created.add(partner);
        changed.add(partner);
    }

    boolean isCreated(Partner partner) {
        return created.contains(partner);
    }

    /** The partners created by the batch's rows, in the order they were created. */
    List<Partner> created() {
        return List.copyOf(created);
    }

    /** The partners created or changed by the batch's rows, in the order they were first changed. */
    List<Partner> changed() {
        return List.copyOf(changed);
    }

    @Override
    public Optional<Partner> byOrgRegistryId(String orgRegistryId) {
        return Optional.ofNullable(byOrgRegistryId.get(orgRegistryId)).filter(p -> orgRegistryId.equals(p.orgRegistryId));
    }

    @Override
    public Optional<Partner> byExternalId(String externalId) {
        return Optional.ofNullable(byExternalId.get(externalId)).filter(p -> externalId.equals(p.externalId));
    }

    @Override
    public List<Partner> sameOrganization(String normalizedName, String websiteDomain) {
        Set<Partner> same = new LinkedHashSet<>();
        byName.getOrDefault(normalizedName, List.of()).stream()
                .filter(p -> normalizedName.equals(p.normalizedName)).forEach(same::add);
        if (websiteDomain != null) {
            byDomain.getOrDefault(websiteDomain, List.of()).stream()
                    .filter(p -> websiteDomain.equals(p.websiteDomain)).forEach(same::add);
        }
        return same.stream().sorted(Comparator.comparing((Partner p) -> p.createdAt).thenComparing(p -> p.id)).toList();
    }
}
