package org.smartlibrary.assessment.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.api.NeedRequest;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.assessment.service.NeedService;
import org.smartlibrary.assessment.service.RevisionItemService;

/** Needs of an assessment: listed and added on the newest revision, changed only while it is a draft. */
@Path("/api/v1/assessments/{assessmentId}/needs")
@Tag(name = "Needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource extends RevisionItemResource<NeedRequest, NeedView> {

    @Inject
    NeedService needs;

    public NeedResource() {
        super(RevisionItemKind.NEEDS);
    }

    @Override
    protected RevisionItemService<?, NeedRequest, NeedView> items() {
        return needs;
    }
}
