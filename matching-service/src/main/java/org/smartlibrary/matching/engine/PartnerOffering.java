package org.smartlibrary.matching.engine;

import java.util.Objects;

/**
 * An offering together with the partner snapshot it was indexed from, and the few facts the hard gates read for
 * every candidate, derived once here (status, availability window as epoch days, capacity, category, horizon,
 * conditions or not, rejected partner, the partner's service area) so a match reads them from this object instead
 * of following references into the offering and partner for each need.
 */
public final class PartnerOffering {

    private final PartnerInput partner;
    private final OfferingInput offering;
    private final boolean active;
    private final boolean partnerRejected;
    private final long availableFromDay;
    private final long availableUntilDay;
    private final Measure capacity;
    private final boolean hasConditions;
    private final boolean shortTerm;
    private final String category;
    private final ServiceArea area;
    private final int minJointLibraries;

    public PartnerOffering(PartnerInput partner, OfferingInput offering) {
        this.partner = Objects.requireNonNull(partner, "partner");
        this.offering = Objects.requireNonNull(offering, "offering");
        this.active = Codes.ACTIVE.equals(offering.status());
        this.partnerRejected = Codes.REJECTED.equals(partner.verification());
        this.availableFromDay = offering.availableFrom() == null ? Long.MIN_VALUE : offering.availableFrom().toEpochDay();
        this.availableUntilDay = offering.availableUntil() == null ? Long.MAX_VALUE
                : offering.availableUntil().toEpochDay();
        this.capacity = offering.capacity();
        this.hasConditions = !offering.conditions().isEmpty();
        this.shortTerm = Codes.SHORT_TERM.equals(offering.horizon());
        // interned, so comparing with a need's interned category is usually a reference comparison
        this.category = offering.category().intern();
        this.area = partner.serviceArea();
        this.minJointLibraries = offering.minJointLibraries() == null ? 1 : offering.minJointLibraries();
    }

    public PartnerInput partner() {
        return partner;
    }

    public OfferingInput offering() {
        return offering;
    }

    boolean active() {
        return active;
    }

    boolean partnerRejected() {
        return partnerRejected;
    }

    /** Availability ends before {@code day} (an epoch day). */
    boolean endsBefore(long day) {
        return availableUntilDay < day;
    }

    /** Available from a day after {@code day} (an epoch day). */
    boolean startsAfter(long day) {
        return availableFromDay != Long.MIN_VALUE && availableFromDay > day;
    }

    /** First available day as an epoch day; Long.MIN_VALUE when already available. */
    long availableFromDay() {
        return availableFromDay;
    }

    /** Last available day as an epoch day; Long.MAX_VALUE when open-ended. */
    long availableUntilDay() {
        return availableUntilDay;
    }

    /** Libraries that must apply together; 1 when a library may apply alone. */
    int minJointLibraries() {
        return minJointLibraries;
    }

    Measure capacity() {
        return capacity;
    }

    boolean hasConditions() {
        return hasConditions;
    }

    /** Meant for the short term (horizon SHORT_TERM). */
    boolean shortTerm() {
        return shortTerm;
    }

    /** Open-ended: no last available day. */
    boolean openEnded() {
        return availableUntilDay == Long.MAX_VALUE;
    }

    String category() {
        return category;
    }

    /** The partner's service area. */
    ServiceArea area() {
        return area;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerOffering that && partner.equals(that.partner) && offering.equals(that.offering);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partner, offering);
    }

    @Override
    public String toString() {
        return "PartnerOffering[partner=" + partner.id() + ", offering=" + offering.id() + "]";
    }
}
