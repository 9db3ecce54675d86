package org.smartlibrary.matching.engine;

import java.util.TreeSet;

/** The partner must serve the library's city or region, or work remotely or nationally. */
final class ServiceAreaGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return candidate.area().covers(context.library()) ? null : ExclusionCode.OUTSIDE_SERVICE_AREA;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        ServiceArea area = candidate.area();
        LibraryInput library = context.library();
        String served = area.regions().isEmpty() && area.cities().isEmpty()
                ? "partner states no service area"
                : "partner serves regions [" + String.join(", ", new TreeSet<>(area.regions()))
                        + "] and cities [" + String.join(", ", new TreeSet<>(area.cities())) + "]";
        return served + ", not " + library.city() + " (" + library.region() + ")";
    }
}
