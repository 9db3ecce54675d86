package org.smartlibrary.assessment.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.api.GoalRequest;
import org.smartlibrary.assessment.api.GoalView;
import org.smartlibrary.assessment.service.GoalService;
import org.smartlibrary.assessment.service.RevisionItemService;

/** Goals of an assessment: listed and added on the newest revision, changed only while it is a draft. */
@Path("/api/v1/assessments/{assessmentId}/goals")
@Tag(name = "Goals")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource extends RevisionItemResource<GoalRequest, GoalView> {

    @Inject
    GoalService goals;

    public GoalResource() {
        super(RevisionItemKind.GOALS);
    }

    @Override
    protected RevisionItemService<?, GoalRequest, GoalView> items() {
        return goals;
    }
}
