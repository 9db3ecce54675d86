package org.smartlibrary.matching.engine;

/**
 * How one admitted offering serves one need, in figures only: a match computes one per admitted (need, offering),
 * and builds the texts of an {@link Explanation} later, only for the partners it keeps.
 *
 * @param needIndex     the need's position in the assessment
 * @param capacityShare the CAPACITY criterion's value (the coverage plan tells capacity from horizon limits by it)
 */
record Cover(int needIndex, NeedInput need, PartnerOffering candidate, TypeMatch typeMatch, double coverage,
             double matchScore, double capacityShare) implements CoverFigures {

    @Override
    public String needId() {
        return need.id();
    }

    @Override
    public int priority() {
        return need.priority();
    }

    @Override
    public String offeringId() {
        return candidate.offering().id();
    }
}
