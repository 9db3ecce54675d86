package org.smartlibrary.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.http.TextInput;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document states the kit's rules: taxonomy codes, nullable optional input, required output, plain references. */
class ContractRulesInOpenApiTest {

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    /** POST /things takes ThingRequest and answers Thing. */
    private static OpenAPI document() {
        Schema request = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("name", string())
                .addProperty("note", string().pattern("(?s).*\\S.*"))
                .addProperty("kind", ref(TaxonomySchemas.PARTNER_TYPE).description("the kind of partner"))
                .addProperty("starts_on", string().format("date"))
                .addRequired("name");
        Schema view = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", string().format("uuid"))
                .addProperty("name", string())
                .addProperty("ends_on", ref("LocalDate").description("last day").addType(SchemaType.NULL));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("ThingRequest", request).addSchema("Thing", view)
                        .addSchema("LocalDate", string().format("date")));
        openAPI.paths(OASFactory.createPaths().addPathItem("/things", OASFactory.createPathItem().POST(
                OASFactory.createOperation()
                        .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType(
                                "application/json", OASFactory.createMediaType().schema(ref("ThingRequest")))))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(ref("Thing")))))))));
        new ContractRulesInOpenApi().filterOpenAPI(openAPI);
        return openAPI;
    }

    @Test
    void aReferredTaxonomyListIsRegisteredFromTheTaxonomyFileAndOthersAreNot() {
        OpenAPI openAPI = document();
        Schema partnerType = openAPI.getComponents().getSchemas().get(TaxonomySchemas.PARTNER_TYPE);
        assertTrue(partnerType.getEnumeration().containsAll(List.of("IT_COMPANY", "ACADEMIC_INSTITUTION", "FOUNDATION")));
        assertFalse(openAPI.getComponents().getSchemas().containsKey(TaxonomySchemas.MATCH_FLAG));
    }

    @Test
    void anOptionalRequestPropertyAcceptsNullAndARequiredOneDoesNot() {
        Schema request = document().getComponents().getSchemas().get("ThingRequest");
        assertFalse(request.getProperties().get("name").getType().contains(SchemaType.NULL));
        assertTrue(request.getProperties().get("note").getType().contains(SchemaType.NULL));
        assertTrue(request.getProperties().get("starts_on").getType().contains(SchemaType.NULL));
        Schema kind = request.getProperties().get("kind");
        assertNull(kind.getRef());
        assertEquals("the kind of partner", kind.getDescription());
        assertEquals(Arrays.asList("#/components/schemas/PartnerType", null),
                kind.getAnyOf().stream().map(Schema::getRef).toList());
        assertEquals(List.of(SchemaType.NULL), kind.getAnyOf().get(1).getType());
    }

    @Test
    void freeTextInARequestMustHoldAVisibleCharacterInAPortablePattern() {
        Schema request = document().getComponents().getSchemas().get("ThingRequest");
        assertEquals(TextInput.NOT_BLANK_PATTERN, request.getProperties().get("name").getPattern());
        assertEquals(TextInput.NOT_BLANK_PATTERN, request.getProperties().get("note").getPattern());
        assertNull(request.getProperties().get("starts_on").getPattern(), "a date has its format");
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(TextInput.NOT_BLANK_PATTERN);
        for (String refused : List.of("", "   ", "\t\n", "\u0000", "a\u0000b", "\u0007")) {
            assertFalse(pattern.matcher(refused).find(), "the pattern lets through " + refused.codePoints().boxed().toList());
        }
        for (String accepted : List.of("a", " a ", "Zoë's\nclub", "名")) {
            assertTrue(pattern.matcher(accepted).find(), accepted);
        }
    }

    @Test
    void aResponseObjectRequiresEveryPropertyAndNoReferenceKeepsSiblings() {
        Schema view = document().getComponents().getSchemas().get("Thing");
        assertEquals(List.of("id", "name", "ends_on"), view.getRequired());
        Schema endsOn = view.getProperties().get("ends_on");
        assertNull(endsOn.getRef());
        assertEquals("last day", endsOn.getDescription());
        assertEquals("#/components/schemas/LocalDate", endsOn.getAnyOf().get(0).getRef());
        assertEquals(List.of(SchemaType.NULL), endsOn.getAnyOf().get(1).getType());
    }
}
