package org.smartlibrary.matching.engine;

/**
 * The offering's category must be the need's. Only the bucket of the need's exact type is examined, so this
 * only catches a snapshot whose category and type disagree.
 */
final class CategoryGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        // both interned: usually a reference comparison
        return need.category().equals(candidate.category()) ? null : ExclusionCode.CATEGORY_MISMATCH;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        return "category " + candidate.category() + " does not match the need's category " + need.category();
    }
}
