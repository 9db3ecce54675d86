package org.smartlibrary.partner.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** A partner organization: its profile and its offerings (one aggregate, one snapshot event). */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public UUID id;

    public String name;

    @Column(name = "name_key")
    public String nameKey;

    @Column(name = "normalized_name")
    public String normalizedName;

    @Column(name = "partner_type")
    public String partnerType;

    public String description;

    public boolean remote;

    public boolean national;

    public String[] regions;

    public String[] cities;

    /** {@link #regionKey} of every region and {@link #cityKey} of every city, for the indexed area filter. */
    @Column(name = "area_keys")
    public String[] areaKeys;

    public String website;

    @Column(name = "website_domain")
    public String websiteDomain;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    public String[] seeks;

    public String verification;

    @Column(name = "last_confirmed_at")
    public LocalDate lastConfirmedAt;

    /** The source system's id of the organization (unique); imports update the partner with the same one. */
    @Column(name = "external_id")
    public String externalId;

    /** Registry number with scheme prefix, e.g. US-EIN-12-3456789 (unique). */
    @Column(name = "org_registry_id")
    public String orgRegistryId;

    /** What an imported source held that has no field here, as text. */
    @Column(name = "source_note")
    public String sourceNote;

    /** The import that last created or changed the profile; null when the ordinary API did. */
    @Column(name = "import_id")
    public UUID importId;

    @Column(name = "offering_text")
    public String offeringText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Optimistic lock counter; {@link #revision()} is what clients and consumers see. */
    @Version
    public Long version;

    @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    public List<Offering> offerings = new ArrayList<>();

    /**
     * The revision of the whole aggregate, starting at 1: the ETag of the partner and the {@code version} of its
     * snapshot events. Every change of the profile or of an offering increases it (see {@link #touch(Instant)}).
     */
    public long revision() {
        return version == null ? 1 : version + 1;
    }

    /**
     * Marks the aggregate changed so that the flush increases its version, also when only an offering changed.
     * The timestamp always moves forward, so the row is dirty even within the same microsecond.
     */
    public void touch(Instant now) {
        Instant next = now.truncatedTo(ChronoUnit.MICROS);
        if (updatedAt != null && !next.isAfter(updatedAt)) {
            next = updatedAt.plus(1, ChronoUnit.MICROS);
        }
        updatedAt = next;
    }

    /** Recomputes the searchable text of the offerings (descriptions of those not withdrawn). */
    public void refreshOfferingText() {
        offeringText = offerings.stream()
                .filter(o -> !Offering.WITHDRAWN.equals(o.status))
                .map(o -> o.description).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    /** The {@link #areaKeys} entry of a region: matched case-insensitively. */
    public static String regionKey(String region) {
        return "region:" + region.trim().toLowerCase(Locale.ROOT);
    }

    /** The {@link #areaKeys} entry of a city: matched case-insensitively. */
    public static String cityKey(String city) {
        return "city:" + city.trim().toLowerCase(Locale.ROOT);
    }
}
