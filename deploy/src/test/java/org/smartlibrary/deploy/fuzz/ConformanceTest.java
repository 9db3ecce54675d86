package org.smartlibrary.deploy.fuzz;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the fuzzer judges a streamed NDJSON response: each line by the document's schema, no line at all is valid. */
class ConformanceTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "components": {"schemas": {}},
             "paths": {"/api/v1/things": {"get": {"operationId": "exportThings",
               "responses": {"200": {"description": "one thing per line",
                 "content": {"application/x-ndjson": {"schema": {"type": "object", "required": ["name"],
                   "properties": {"name": {"type": "string"}}}}}}}}}}}
            """;

    private final ApiDocument document = new ApiDocument(DOCUMENT);
    private final Conformance conformance = new Conformance(document);

    @Test
    void anEmptyExportConforms() {
        assertEquals(List.of(), check(""));
    }

    @Test
    void everyLineIsCheckedOnItsOwn() {
        assertEquals(List.of(), check("{\"name\":\"a\"}\n{\"name\":\"b\"}\n"));
        List<String> problems = check("{\"name\":\"a\"}\n{\"title\":\"b\"}\n");
        assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.startsWith("body line 2: ")),
                problems.toString());
    }

    private List<String> check(String body) {
        ApiDocument.Operation export = document.operations().get(0);
        RequestGenerator.FuzzRequest request = new RequestGenerator.FuzzRequest(0, export, "/api/v1/things", null,
                Map.of(), Map.of(), null, List.of());
        return conformance.check(request, 200, Map.of("content-type", List.of("application/x-ndjson")), body);
    }
}
