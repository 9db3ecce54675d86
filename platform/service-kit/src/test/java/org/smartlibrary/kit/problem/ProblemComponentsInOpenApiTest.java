package org.smartlibrary.kit.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared problem responses are registered once, each a problem document with one example. */
class ProblemComponentsInOpenApiTest {

    @Test
    void registersTheSixProblemResponsesWithSchemaAndExample() {
        OpenAPI openAPI = OASFactory.createOpenAPI();
        new ProblemComponentsInOpenApi().filterOpenAPI(openAPI);
        Map<String, APIResponse> responses = openAPI.getComponents().getResponses();
        Map<String, Integer> statuses = Map.of(ProblemComponentsInOpenApi.INVALID, 400,
                ProblemComponentsInOpenApi.NOT_FOUND, 404, ProblemComponentsInOpenApi.CONFLICT, 409,
                ProblemComponentsInOpenApi.PRECONDITION_FAILED, 412,
                ProblemComponentsInOpenApi.PRECONDITION_REQUIRED, 428,
                ProblemComponentsInOpenApi.IDEMPOTENCY_KEY_REUSED, 422);
        assertEquals(statuses.keySet(), responses.keySet());
        statuses.forEach((name, status) -> {
            MediaType media = responses.get(name).getContent().getMediaType(Problem.MEDIA_TYPE);
            assertNotNull(media, name);
            assertEquals("#/components/schemas/Problem", media.getSchema().getRef(), name);
            assertEquals(1, media.getExamples().size(), name);
            Map<?, ?> example = (Map<?, ?>) media.getExamples().values().iterator().next().getValue();
            assertEquals(status, example.get("status"), name);
            assertTrue(((String) example.get("type")).startsWith(Problem.TYPE_BASE), name);
        });
        Map<?, ?> invalid = (Map<?, ?>) responses.get(ProblemComponentsInOpenApi.INVALID).getContent()
                .getMediaType(Problem.MEDIA_TYPE).getExamples().values().iterator().next().getValue();
        assertEquals(1, ((List<?>) invalid.get("errors")).size(), "a validation problem names the field");
    }

    @Test
    void aServicesOwnComponentOfTheSameNameIsKept() {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents());
        APIResponse own = OASFactory.createAPIResponse().description("the service's own");
        openAPI.getComponents().addResponse(ProblemComponentsInOpenApi.NOT_FOUND, own);
        new ProblemComponentsInOpenApi().filterOpenAPI(openAPI);
        assertSame(own, openAPI.getComponents().getResponses().get(ProblemComponentsInOpenApi.NOT_FOUND));
    }
}
