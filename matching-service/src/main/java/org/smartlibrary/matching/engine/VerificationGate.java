package org.smartlibrary.matching.engine;

/** A partner whose verification was rejected is never recommended. */
final class VerificationGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return candidate.partnerRejected() ? ExclusionCode.PARTNER_REJECTED : null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        return "partner verification was REJECTED";
    }
}
