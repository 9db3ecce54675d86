package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The partner must serve the library's city or region, or work remotely or nationally. In a consortium's pooled
 * match it must serve every member contributing to the pooled need, not just the pool's {@link ConsortiumPool#area()}.
 */
final class ServiceAreaGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        ServiceArea area = candidate.area();
        for (LibraryInput library : context.applying(needIndex)) {
            if (!area.covers(library)) {
                return ExclusionCode.OUTSIDE_SERVICE_AREA;
            }
        }
        return null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        ServiceArea area = candidate.area();
        String served = area.regions().isEmpty() && area.cities().isEmpty()
                ? "partner states no service area"
                : "partner serves regions [" + String.join(", ", new TreeSet<>(area.regions()))
                        + "] and cities [" + String.join(", ", new TreeSet<>(area.cities())) + "]";
        if (!context.pooled()) {
            LibraryInput library = context.library();
            return served + ", not " + library.city() + " (" + library.region() + ")";
        }
        List<String> outside = new ArrayList<>();
        for (LibraryInput library : context.applying(needIndex)) {
            if (!area.covers(library)) {
                outside.add(library.id() + " in " + library.city() + " (" + library.region() + ")");
            }
        }
        return served + ", not the " + (outside.size() == 1 ? "member " : "members ") + String.join(", ", outside);
    }
}
