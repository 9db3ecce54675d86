package org.smartlibrary.assessment.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.kit.problem.Problem;

/**
 * Tags and the problem responses that operations share by reference ({@code ref = "NotFound"} and so on),
 * each with its schema and an example.
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
        },
        components = @Components(responses = {
                @APIResponse(name = "Invalid", responseCode = "400",
                        description = "invalid input: a field, a taxonomy code, a query parameter or malformed JSON",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalid-field", value = """
                                        {"type":"https://smartlibrary.org/problems/validation","title":"Invalid request",
                                         "status":400,"detail":"quantity: must be greater than 0",
                                         "instance":"/api/v1/assessments/1e250c70-dff6-4e52-8690-a9c144e7cf0f/needs",
                                         "errors":[{"field":"quantity","message":"must be greater than 0"}]}"""))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "no such resource",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "not-found", value = """
                                        {"type":"https://smartlibrary.org/problems/not-found","title":"Not found",
                                         "status":404,"detail":"assessment 1e250c70-dff6-4e52-8690-a9c144e7cf0f does not exist",
                                         "instance":"/api/v1/assessments/1e250c70-dff6-4e52-8690-a9c144e7cf0f"}"""))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "the resource's state does not allow this (e.g. a completed revision is immutable,"
                                + " completion without needs) or a concurrent update",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "revision-completed", value = """
                                        {"type":"https://smartlibrary.org/problems/revision-completed",
                                         "title":"Revision is completed","status":409,
                                         "detail":"revision 1 of assessment 1e250c70-dff6-4e52-8690-a9c144e7cf0f is completed and cannot change; POST /api/v1/assessments/1e250c70-dff6-4e52-8690-a9c144e7cf0f/revisions to start a new revision",
                                         "instance":"/api/v1/assessments/1e250c70-dff6-4e52-8690-a9c144e7cf0f/needs"}"""))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412",
                        description = "If-Match does not name the current ETag",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "stale-etag", value = """
                                        {"type":"https://smartlibrary.org/problems/precondition-failed",
                                         "title":"Precondition failed","status":412,
                                         "detail":"If-Match \\"0\\" does not match the current version \\"3\\"; read the resource again and retry with its ETag",
                                         "instance":"/api/v1/assessments/1e250c70-dff6-4e52-8690-a9c144e7cf0f/completion"}"""))),
                @APIResponse(name = "IdempotencyKeyReused", responseCode = "422",
                        description = "the Idempotency-Key was already used with another request body",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "key-reused", value = """
                                        {"type":"https://smartlibrary.org/problems/idempotency-key-reused",
                                         "title":"Idempotency-Key reused","status":422,
                                         "detail":"this Idempotency-Key was already used with a different request body",
                                         "instance":"/api/v1/libraries"}""")))
        }))
public class AssessmentApiDefinition extends Application {
}
