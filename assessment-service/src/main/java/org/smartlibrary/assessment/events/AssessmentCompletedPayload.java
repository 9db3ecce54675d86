package org.smartlibrary.assessment.events;

import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Goal;
import org.smartlibrary.assessment.model.Library;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.model.Offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The payload of assessment-completed v1 (contracts: events/assessment-completed/v1/schema.json): the whole
 * completed revision, so that matching never calls back. Field names become snake_case through the global
 * ObjectMapper; absent optional values are written as null, which the schema allows. Since 1.1 a need carries its
 * {@code period} (ONE_TIME, MONTH, YEAR for money needs, ONE_TIME when none was given; null for quantity needs).
 * Since 1.2 the library carries {@code library_version}, the version of the library the revision was completed with
 * (as in library-snapshot), so matching can tell whether a library snapshot it holds is newer.
 */
public record AssessmentCompletedPayload(UUID assessmentId, int revision, Instant completedAt, LibraryData library,
                                         List<GoalData> goals, List<NeedData> needs, List<OfferData> offers) {

    public static final String TOPIC = "assessment-completed";
    public static final String EVENT_TYPE = "assessment-completed";
    public static final String SCHEMA_VERSION = "1.2";

    public record LibraryData(UUID libraryId, long libraryVersion, String name, String consortium, String region,
                              String city, LocationData location) {
    }

    public record LocationData(double latitude, double longitude) {

        /** The library's position, or null when it has none. */
        static LocationData of(Library library) {
            return library.latitude == null ? null : new LocationData(library.latitude, library.longitude);
        }
    }

    public record GoalData(UUID goalId, String programArea, String description) {
    }

    public record NeedData(UUID needId, String category, String type, String description, BigDecimal quantity,
                           String unit, BigDecimal amount, String currency, String period, String horizon, int priority,
                           BigDecimal currentCapacity, UUID goalId) {
    }

    public record OfferData(UUID offerId, String type, String description) {
    }

    public static AssessmentCompletedPayload of(AssessmentRevision revision, Library library, List<Goal> goals,
                                                List<Need> needs, List<Offer> offers) {
        return new AssessmentCompletedPayload(revision.assessmentId, revision.revision, revision.completedAt,
                new LibraryData(library.id, library.version, library.name, library.consortium, library.region,
                        library.city, LocationData.of(library)),
                goals.stream().map(goal -> new GoalData(goal.id, goal.programArea, goal.description)).toList(),
                needs.stream().map(need -> new NeedData(need.id, need.category, need.type, need.description,
                        Numbers.plain(need.quantity), need.unit, Numbers.plain(need.amount), need.currency,
                        need.moneyPeriod(), need.horizon, need.priority, Numbers.plain(need.currentCapacity),
                        need.goalId)).toList(),
                offers.stream().map(offer -> new OfferData(offer.id, offer.type, offer.description)).toList());
    }
}
