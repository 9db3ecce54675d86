package org.smartlibrary.assessment.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tags of the API. The problem responses operations refer to by name ({@code ref = "NotFound"} and so on) are the
 * service kit's ({@code ProblemComponentsInOpenApi}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Assessment service", version = "1.0.0"),
        tags = {
                @Tag(name = "Libraries", description = "Libraries that assess their needs"),
                @Tag(name = "Assessments", description = "Needs assessments, their revisions and lifecycle"),
                @Tag(name = "Goals", description = "Why a library needs resources (program areas)"),
                @Tag(name = "Needs", description = "Financial, technology and human resources a library needs"),
                @Tag(name = "Offers", description = "What a library offers partners in return"),
                @Tag(name = "Summaries", description = "Derived summaries and consortium aggregates")
        })
public class AssessmentApiDefinition extends Application {
}
