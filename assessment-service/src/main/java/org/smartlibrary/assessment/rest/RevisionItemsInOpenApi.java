package org.smartlibrary.assessment.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Completes the documentation of the operations {@link RevisionItemResource} declares once for goals, needs and
 * offers:
 * <ul>
 *   <li>the kind's words for {@code {an item}}, {@code {items}}, {@code {item}}, {@code {Items}} and {@code {Item}} in
 *       operationIds, summaries and descriptions ({@code list{Items}} becomes {@code listGoals}), the item's path
 *       parameter named after the kind ({@code {itemId}} becomes {@code {goalId}}), the kind's view for the
 *       {@value #ITEM_SCHEMA} schema, and the kind's examples for the request body and the responses in place of the
 *       example named {@value #EXAMPLES};</li>
 *   <li>what SmallRye and Quarkus leave out for a method inherited from a class without a path: the assessment's
 *       path parameter, and the roles of {@code @RolesAllowed} as the security requirement (with the 401 and 403
 *       responses the kit then describes), as Quarkus documents them for methods declared in a resource class.</li>
 * </ul>
 * Runs at build time, before the kit's filters, which write the paths into their examples.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class RevisionItemsInOpenApi implements OASFilter {

    /** Stands for the view of the kind ({@code ref}: the view's schema is referred to, not copied). */
    static final String ITEM_SCHEMA = "{Item}";

    /** The name of the example that stands for the kind's examples (of the request, of one item or of the list). */
    static final String EXAMPLES = "{examples}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ITEM_ID = "itemId";

    private static final String ASSESSMENT_ID = "assessmentId";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = new LinkedHashMap<>();
        Set<RevisionItemKind<?>> documented = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, pathItem) -> {
            RevisionItemKind<?> kind = kindOf(path);
            if (kind != null && pathItem.getOperations() != null) {
                boolean item = path.endsWith("/{" + ITEM_ID + "}");
                pathItem.getOperations().forEach((method, operation) -> document(method, item, operation, kind));
                path = path.replace("{" + ITEM_ID + "}", "{" + kind.pathParameter() + "}");
                documented.add(kind);
            }
            paths.put(path, pathItem);
        });
        openAPI.getPaths().setPathItems(paths);
        for (RevisionItemKind<?> kind : RevisionItemKind.ALL) {
            if (!documented.contains(kind)) {
                throw new IllegalStateException("no operations under " + kind.path() + ": the @Path of the "
                        + kind.collection() + " resource and RevisionItemKind.path() must agree");
            }
        }
    }

    private static RevisionItemKind<?> kindOf(String path) {
        for (RevisionItemKind<?> kind : RevisionItemKind.ALL) {
            if (path.equals(kind.path()) || path.equals(kind.path() + "/{" + ITEM_ID + "}")) {
                return kind;
            }
        }
        return null;
    }

    private static void document(PathItem.HttpMethod method, boolean item, Operation operation,
                                 RevisionItemKind<?> kind) {
        operation.setOperationId(kind.words(operation.getOperationId()));
        operation.setSummary(kind.words(operation.getSummary()));
        operation.setDescription(kind.words(operation.getDescription()));
        addAssessmentId(operation);
        for (Parameter parameter : operation.getParameters()) {
            if (ITEM_ID.equals(parameter.getName())) {
                parameter.setName(kind.pathParameter());
            }
            parameter.setDescription(kind.words(parameter.getDescription()));
        }
        if (operation.getRequestBody() != null) {
            forEachMediaType(operation.getRequestBody().getContent(),
                    mediaType -> replaceExamples(mediaType, kind.requestExamples()));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                if (response.getRef() != null) {
                    continue;
                }
                response.setDescription(kind.words(response.getDescription()));
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> header.setDescription(kind.words(header.getDescription())));
                }
                forEachMediaType(response.getContent(), mediaType -> {
                    Schema view = view(mediaType.getSchema(), kind);
                    boolean list = view != mediaType.getSchema() && isArray(view);
                    mediaType.setSchema(view);
                    replaceExamples(mediaType, list ? kind.listExamples() : kind.viewExamples());
                });
            }
        }
        addSecurity(operation, roles(method, item));
    }

    /**
     * The schema with the placeholder replaced by the kind's view: a reference to it, or an array of them where the
     * placeholder is typed as an array.
     */
    private static Schema view(Schema schema, RevisionItemKind<?> kind) {
        if (schema == null || schema.getRef() == null || !schema.getRef().endsWith("/" + ITEM_SCHEMA)) {
            return schema;
        }
        Schema view = OASFactory.createSchema().ref(kind.viewSchema());
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(view);
        }
        return view;
    }

    private static boolean isArray(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY);
    }

    /** The kind's examples in place of the one named {@value #EXAMPLES}, which stands for them. */
    private static void replaceExamples(MediaType mediaType, Map<String, String> examples) {
        if (mediaType.getExamples() == null || !mediaType.getExamples().containsKey(EXAMPLES)) {
            return;
        }
        Map<String, Example> replaced = new LinkedHashMap<>();
        examples.forEach((name, json) -> replaced.put(name, OASFactory.createExample().value(parse(json))));
        mediaType.setExamples(replaced);
    }

    /** A JSON text as maps, lists and values, as the document writer takes an example's value. */
    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an example is not JSON: " + json, e);
        }
    }

    /** The assessment's path parameter, first, before the request body and responses as SmallRye writes them. */
    private static void addAssessmentId(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (parameters.stream().anyMatch(parameter -> ASSESSMENT_ID.equals(parameter.getName()))) {
            return;
        }
        List<Parameter> withAssessment = new ArrayList<>();
        withAssessment.add(OASFactory.createParameter().name(ASSESSMENT_ID).in(Parameter.In.PATH).required(true)
                .schema(OASFactory.createSchema().ref("UUID")));
        withAssessment.addAll(parameters);
        RequestBody requestBody = operation.getRequestBody();
        APIResponses responses = operation.getResponses();
        operation.setRequestBody(null);
        operation.setResponses(null);
        operation.setParameters(withAssessment);
        operation.setRequestBody(requestBody);
        operation.setResponses(responses);
    }

    /** The roles of the resource method that answers {@code method} on the collection or on one item. */
    private static List<String> roles(PathItem.HttpMethod method, boolean item) {
        for (Method candidate : RevisionItemResource.class.getDeclaredMethods()) {
            if (method.name().equals(httpMethod(candidate)) && candidate.isAnnotationPresent(Path.class) == item) {
                RolesAllowed roles = candidate.getAnnotation(RolesAllowed.class);
                return roles == null ? null : List.of(roles.value());
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** The security requirement with the roles, and the 401 and 403 responses, as Quarkus adds them. */
    private static void addSecurity(Operation operation, List<String> roles) {
        if (roles == null || (operation.getSecurity() != null && !operation.getSecurity().isEmpty())) {
            return;
        }
        String scheme = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-openapi.security-scheme-name", String.class).orElse("SecurityScheme");
        SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(scheme, roles);
        operation.addSecurityRequirement(requirement);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));
        }
        if (!responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
        }
    }

    private static void forEachMediaType(Content content, Consumer<MediaType> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(action);
        }
    }
}
