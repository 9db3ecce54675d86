package org.smartlibrary.matching.engine;

/**
 * An offering open only to joint applications of N libraries is out of reach of fewer libraries applying
 * together: one library alone in an individual match, the members contributing to the pooled need in a
 * consortium's pooled match.
 */
final class JointApplicationGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return candidate.minJointLibraries() > context.librariesApplying(needIndex)
                ? ExclusionCode.JOINT_APPLICATION_REQUIRED : null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        return "only joint applications of at least " + candidate.minJointLibraries() + " libraries; "
                + applying(context.librariesApplying(needIndex));
    }

    /**
     * In a pooled match, how an admitted candidate's joint-application rule is met, e.g. "4 libraries apply jointly
     * (at least 3 required)"; null when the offering has no such rule or the match is one library's.
     */
    static String pooledPass(MatchContext context, int needIndex, PartnerOffering candidate) {
        if (!context.pooled() || candidate.minJointLibraries() <= 1) {
            return null;
        }
        int applying = context.librariesApplying(needIndex);
        return applying + (applying == 1 ? " library applies" : " libraries apply") + " jointly (at least "
                + candidate.minJointLibraries() + " required)";
    }

    private static String applying(int libraries) {
        return libraries + (libraries == 1 ? " library applies" : " libraries apply");
    }
}
