package org.smartlibrary.matching.engine;

/** Only ACTIVE offerings are candidates; paused, withdrawn and expired ones are listed as excluded. */
final class StatusGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return candidate.active() ? null : ExclusionCode.NOT_ACTIVE;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        return "offering status is " + candidate.offering().status() + ", not ACTIVE";
    }
}
