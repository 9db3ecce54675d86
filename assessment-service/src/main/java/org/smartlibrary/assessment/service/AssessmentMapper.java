package org.smartlibrary.assessment.service;

import org.smartlibrary.assessment.api.AssessmentListItem;
import org.smartlibrary.assessment.api.AssessmentView;
import org.smartlibrary.assessment.api.GoalView;
import org.smartlibrary.assessment.api.LibraryView;
import org.smartlibrary.assessment.api.LocationBody;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.assessment.api.OfferView;
import org.smartlibrary.assessment.api.RevisionListItem;
import org.smartlibrary.assessment.events.Numbers;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Goal;
import org.smartlibrary.assessment.model.Library;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.model.Offer;

import java.util.List;

/** Entities to API records. */
public final class AssessmentMapper {

    private AssessmentMapper() {
    }

    public static LibraryView library(Library library) {
        LocationBody location = library.latitude == null ? null : new LocationBody(library.latitude, library.longitude);
        return new LibraryView(library.id, library.name, library.consortium, library.region, library.city, location,
                library.createdAt, library.updatedAt);
    }

    public static AssessmentView assessment(Assessment assessment, AssessmentRevision revision, Library library,
                                            List<Goal> goals, List<Need> needs, List<Offer> offers) {
        return new AssessmentView(assessment.id, revision.revision, assessment.latestRevision, revision.status,
                revision.title, library.id, library(library),
                goals.stream().map(AssessmentMapper::goal).toList(),
                needs.stream().map(AssessmentMapper::need).toList(),
                offers.stream().map(AssessmentMapper::offer).toList(),
                revision.createdAt, revision.updatedAt, revision.completedAt);
    }

    public static AssessmentListItem listItem(Assessment assessment, AssessmentRevision revision, Library library,
                                              long goals, long needs, long offers) {
        return new AssessmentListItem(assessment.id, revision.revision, assessment.latestRevision, revision.status,
                revision.title, library.id, library.name, library.consortium, library.region, library.city,
                goals, needs, offers, assessment.createdAt, revision.completedAt);
    }

    public static RevisionListItem revisionItem(AssessmentRevision revision) {
        return new RevisionListItem(revision.revision, revision.status, revision.title, revision.createdAt,
                revision.completedAt);
    }

    public static GoalView goal(Goal goal) {
        return new GoalView(goal.id, goal.programArea, goal.description);
    }

    public static NeedView need(Need need) {
        return new NeedView(need.id, need.category, need.type, need.description, Numbers.plain(need.quantity), need.unit,
                Numbers.plain(need.amount), need.currency, need.moneyPeriod(), need.horizon, need.priority,
                Numbers.plain(need.currentCapacity), need.goalId);
    }

    public static OfferView offer(Offer offer) {
        return new OfferView(offer.id, offer.type, offer.description);
    }
}
