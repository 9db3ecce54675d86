package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory index of the partner read model by offering type, so matching one assessment touches only the
 * buckets of its needs' types (and related types), never the whole directory.
 *
 * <p>Concurrency: many readers, one writer at a time. Each type bucket is a {@link ConcurrentHashMap} from partner
 * id to an immutable list of that partner's offerings of that type. A partner upsert replaces those lists
 * (put for the new types, remove for types it no longer offers), so it costs O(offerings of that partner), not
 * O(bucket size) as a copy-on-write bucket would, and marks the bucket's flat array stale. A match reads each bucket
 * as that flat array (one pass over adjacent references instead of walking a map of lists); the first read after a
 * change rebuilds it (O(bucket size), once per change, not per match) under the writers' lock, so readers only wait
 * for a writer when they rebuild. Readers see, per (type, partner), either the whole previous snapshot or the whole
 * new one, never a torn list. Across types a reader in flight may briefly see the old snapshot in one bucket and the
 * new one in another; the next match sees the new state everywhere. Writers serialise on this object's monitor, so
 * a second writer waits instead of corrupting the index.
 */
public final class OfferingIndex {

    /** One type's offerings by partner, and the flat array a match reads, rebuilt after a change. */
    private static final class TypeBucket {
        final Map<String, List<PartnerOffering>> byPartner = new ConcurrentHashMap<>();
        /** Every offering of the bucket, each partner's together; null after a change until the next read. */
        volatile List<PartnerOffering> flat;
    }

    private final Map<String, PartnerInput> partners = new ConcurrentHashMap<>();
    private final Map<String, TypeBucket> buckets = new ConcurrentHashMap<>();
    private volatile int offeringCount;

    public static OfferingIndex of(Collection<PartnerInput> partners) {
        OfferingIndex index = new OfferingIndex();
        partners.forEach(index::upsertPartner);
        return index;
    }

    /** Replaces everything known about {@code partner.id()} with this snapshot. */
    public synchronized void upsertPartner(PartnerInput partner) {
        Map<String, List<PartnerOffering>> newByType = new LinkedHashMap<>();
        for (OfferingInput offering : partner.offerings()) {
            newByType.computeIfAbsent(offering.type(), type -> new ArrayList<>())
                    .add(new PartnerOffering(partner, offering));
        }
        PartnerInput previous = partners.put(partner.id(), partner);
        newByType.forEach((type, offerings) -> {
            TypeBucket bucket = buckets.computeIfAbsent(type, key -> new TypeBucket());
            bucket.byPartner.put(partner.id(), List.copyOf(offerings));
            bucket.flat = null;
        });
        if (previous != null) {
            for (String staleType : typesOf(previous)) {
                if (!newByType.containsKey(staleType)) {
                    removeFromBucket(staleType, partner.id());
                }
            }
        }
        offeringCount += partner.offerings().size() - (previous == null ? 0 : previous.offerings().size());
    }

    /** Forgets the partner and all its offerings; unknown ids are ignored (removal is idempotent). */
    public synchronized void removePartner(String partnerId) {
        PartnerInput previous = partners.remove(partnerId);
        if (previous == null) {
            return;
        }
        for (String type : typesOf(previous)) {
            removeFromBucket(type, partnerId);
        }
        offeringCount -= previous.offerings().size();
    }

    /**
     * All indexed offerings of exactly this type, in any status (the gates decide and explain exclusions), each
     * partner's together, as one immutable array-backed list. A match reads it without copying; the first read
     * after a change of the type rebuilds it under the writers' lock, so it always holds whole partner snapshots.
     */
    public List<PartnerOffering> offeringsOfType(String type) {
        TypeBucket bucket = buckets.get(type);
        if (bucket == null) {
            return List.of();
        }
        List<PartnerOffering> flat = bucket.flat;
        return flat != null ? flat : rebuild(bucket);
    }

    private synchronized List<PartnerOffering> rebuild(TypeBucket bucket) {
        List<PartnerOffering> flat = bucket.flat;
        if (flat == null) {
            List<PartnerOffering> offerings = new ArrayList<>();
            bucket.byPartner.values().forEach(offerings::addAll);
            flat = Collections.unmodifiableList(Arrays.asList(offerings.toArray(PartnerOffering[]::new)));
            bucket.flat = flat;
        }
        return flat;
    }

    public int bucketSize(String type) {
        TypeBucket bucket = buckets.get(type);
        if (bucket == null) {
            return 0;
        }
        int size = 0;
        for (List<PartnerOffering> offerings : bucket.byPartner.values()) {
            size += offerings.size();
        }
        return size;
    }

    public Optional<PartnerInput> partner(String partnerId) {
        return Optional.ofNullable(partners.get(partnerId));
    }

    public int partnerCount() {
        return partners.size();
    }

    public int offeringCount() {
        return offeringCount;
    }

    private void removeFromBucket(String type, String partnerId) {
        TypeBucket bucket = buckets.get(type);
        if (bucket != null) {
            bucket.byPartner.remove(partnerId);
            bucket.flat = null;
        }
    }

    private static Set<String> typesOf(PartnerInput partner) {
        Set<String> types = new HashSet<>();
        partner.offerings().forEach(offering -> types.add(offering.type()));
        return types;
    }
}
