package org.smartlibrary.matching.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The current completed assessments of a consortium's member libraries (one per library) and their needs pooled
 * per type and measure ({@link NeedPooling}).
 *
 * <p>The pool is matched like one assessment ({@link #asAssessment()}): the consortium offers what any member offers
 * and has matching funds when any member has. Geography is scored from {@link #area()}, while the service-area gate
 * requires a partner to serve every library contributing to the pooled need (so a partner of the area's region
 * alone cannot serve a pooled need a member elsewhere contributes to).
 *
 * @param area    the member library whose region is the most common among the members (on a tie, the smallest
 *                library id of those regions): the pool's city and region for the GEOGRAPHY score and for
 *                eligibility conditions such as REGION_ONLY
 * @param members one assessment per library, by library id
 * @param needs   the pooled needs, highest priority first, then by pool key
 */
public record ConsortiumPool(String consortium, LibraryInput area, List<AssessmentInput> members,
                             List<PooledNeed> needs) {

    public ConsortiumPool {
        Objects.requireNonNull(consortium, "consortium");
        Objects.requireNonNull(area, "area");
        members = List.copyOf(members);
        needs = List.copyOf(needs);
    }

    /**
     * Pools the members' needs (see {@link PooledNeed}); one assessment per library. When several assessments are
     * of the same library the one given last is kept, so the caller passes each member's most recently completed
     * assessment last (or only that one).
     *
     * @throws IllegalArgumentException without members
     */
    public static ConsortiumPool of(String consortium, List<AssessmentInput> members) {
        Objects.requireNonNull(consortium, "consortium");
        Map<String, AssessmentInput> byLibrary = new TreeMap<>();
        for (AssessmentInput member : members) {
            byLibrary.put(member.library().id(), member);
        }
        if (byLibrary.isEmpty()) {
            throw new IllegalArgumentException("consortium " + consortium + " has no member assessment to pool");
        }
        List<AssessmentInput> current = List.copyOf(byLibrary.values());
        return new ConsortiumPool(consortium, area(current), current, NeedPooling.pool(current));
    }

    /**
     * The pool as the engine matches it: id = the consortium, revision 0, library = {@link #area()}, needs = the
     * pooled needs, offers = every member's, matching funds when any member has them.
     */
    AssessmentInput asAssessment() {
        Set<String> offers = new HashSet<>();
        boolean matchingFunds = false;
        for (AssessmentInput member : members) {
            offers.addAll(member.libraryOffers());
            matchingFunds |= member.hasMatchingFunds();
        }
        return new AssessmentInput(consortium, 0, area, needs.stream().map(PooledNeed::need).toList(), offers,
                matchingFunds);
    }

    /** The member library of the most common region; ties go to the smallest library id (members are sorted by it). */
    private static LibraryInput area(List<AssessmentInput> members) {
        Map<String, Integer> perRegion = new HashMap<>();
        for (AssessmentInput member : members) {
            perRegion.merge(regionKey(member.library()), 1, Integer::sum);
        }
        LibraryInput area = null;
        int areaCount = 0;
        for (AssessmentInput member : members) {
            int count = perRegion.get(regionKey(member.library()));
            if (count > areaCount) {
                area = member.library();
                areaCount = count;
            }
        }
        return area;
    }

    /** Regions are compared case-insensitively, as with partner service areas. */
    private static String regionKey(LibraryInput library) {
        return library.region().toLowerCase(Locale.ROOT);
    }
}
