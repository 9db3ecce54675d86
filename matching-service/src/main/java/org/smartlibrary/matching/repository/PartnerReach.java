package org.smartlibrary.matching.repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a partner change can matter: the libraries a partner serves (its service area), before or after the change.
 * A re-match after a partner change is requested only for stored assessments whose library is within reach, besides
 * those whose current set ranks the partner. Names compare case-insensitively (kept in lower case here), as the
 * engine's service-area gate compares them.
 *
 * @param everywhere the partner works remotely or nationally (before or after): every library is within reach
 */
public record PartnerReach(boolean everywhere, Set<String> regions, Set<String> cities) {

    /** A partner that works remotely or nationally. */
    public static final PartnerReach EVERYWHERE = new PartnerReach(true, Set.of(), Set.of());

    /** A partner that serves no library (a removed partner, or none yet). */
    public static final PartnerReach NOWHERE = new PartnerReach(false, Set.of(), Set.of());

    public PartnerReach {
        regions = lowerCase(regions);
        cities = lowerCase(cities);
    }

    /** The reach of a service area. */
    public static PartnerReach of(boolean remote, boolean national, Collection<String> regions,
                                  Collection<String> cities) {
        return new PartnerReach(remote || national, Set.copyOf(regions == null ? Set.of() : regions),
                Set.copyOf(cities == null ? Set.of() : cities));
    }

    /** Within reach of either: the area before a change and the area after it. */
    public PartnerReach and(PartnerReach other) {
        Set<String> allRegions = new HashSet<>(regions);
        allRegions.addAll(other.regions);
        Set<String> allCities = new HashSet<>(cities);
        allCities.addAll(other.cities);
        return new PartnerReach(everywhere || other.everywhere, allRegions, allCities);
    }

    /** The regions as an SQL array parameter (never empty: PostgreSQL's ANY over an empty array is false anyway). */
    String[] regionArray() {
        return regions.toArray(String[]::new);
    }

    String[] cityArray() {
        return cities.toArray(String[]::new);
    }

    private static Set<String> lowerCase(Set<String> names) {
        Set<String> lower = new HashSet<>();
        if (names != null) {
            names.stream().filter(name -> name != null && !name.isBlank())
                    .forEach(name -> lower.add(name.trim().toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(lower);
    }
}
