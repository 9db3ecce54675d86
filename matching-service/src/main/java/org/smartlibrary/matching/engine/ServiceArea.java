package org.smartlibrary.matching.engine;

import java.util.Collection;
import java.util.Set;

/** Where a partner serves: remotely anywhere, the whole country, or the listed regions and cities. */
public record ServiceArea(boolean remote, boolean national, Set<String> regions, Set<String> cities) {

    static final ServiceArea NONE = new ServiceArea(false, false, Set.of(), Set.of());

    public ServiceArea {
        regions = Set.copyOf(regions == null ? Set.of() : regions);
        cities = Set.copyOf(cities == null ? Set.of() : cities);
    }

    boolean servesCity(String city) {
        return containsIgnoringCase(cities, city);
    }

    boolean servesRegion(String region) {
        return containsIgnoringCase(regions, region);
    }

    boolean covers(LibraryInput library) {
        return remote || national || servesCity(library.city()) || servesRegion(library.region());
    }

    static boolean containsIgnoringCase(Collection<String> names, String name) {
        if (name == null || names.isEmpty()) {
            return false;
        }
        if (names.contains(name)) {
            return true;
        }
        for (String candidate : names) {
            if (candidate.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
