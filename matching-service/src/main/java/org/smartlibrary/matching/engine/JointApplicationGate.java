package org.smartlibrary.matching.engine;

/**
 * An offering open only to joint applications of N libraries is out of reach of fewer libraries applying
 * together: one library alone in an individual match, the contributing members in a consortium's pooled match.
 */
final class JointApplicationGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return candidate.minJointLibraries() > context.librariesApplying()
                ? ExclusionCode.JOINT_APPLICATION_REQUIRED : null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        int applying = context.librariesApplying();
        return "only joint applications of at least " + candidate.minJointLibraries() + " libraries; "
                + applying + (applying == 1 ? " library applies" : " libraries apply");
    }
}
