package org.smartlibrary.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.http.TextInput;
import org.smartlibrary.kit.problem.ProblemsInOpenApi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Makes every service's OpenAPI document state the rules the kit enforces, the same way for all three, so that
 * client generators and validating proxies can trust it:
 * <ul>
 *   <li>the taxonomy's code lists a document refers to ({@link TaxonomySchemas}) are registered, generated from the
 *   taxonomy file, in place of any schema of the same name (e.g. a Java enum the document names so);</li>
 *   <li>in request objects, an optional property accepts {@code null} (it is the same as leaving it out) and every
 *   free-text string must hold a visible character ({@link TextInput#NOT_BLANK_PATTERN}, portable to ECMA-262);</li>
 *   <li>in response objects every property is always present (the services write {@code null} rather than leave a
 *   property out), so each response object lists all its properties as {@code required} unless it says otherwise;</li>
 *   <li>no {@code $ref} carries sibling keywords (many tools ignore them): such a schema becomes an {@code allOf} of
 *   the reference with the keywords beside it, or an {@code anyOf} with {@code null} when it is nullable.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class ContractRulesInOpenApi implements OASFilter {

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final String REF = "$ref";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        registerTaxonomySchemas(openAPI);
        Map<String, Schema> components = componentSchemas(openAPI);
        Set<String> requestObjects = reachable(components, requestSchemas(openAPI));
        Set<String> responseObjects = reachable(components, responseSchemas(openAPI));
        components.forEach((name, schema) -> {
            if (requestObjects.contains(name)) {
                applyRequestRules(schema);
            } else if (responseObjects.contains(name)) {
                requireEveryProperty(schema);
            }
        });
        requestSchemas(openAPI).stream().filter(schema -> schema.getRef() == null)
                .forEach(ContractRulesInOpenApi::applyRequestRules);
        forEachOperation(openAPI, ContractRulesInOpenApi::boundRequestHeaders);
        rewriteEverySchema(openAPI, ContractRulesInOpenApi::withoutRefSiblings);
    }

    /** Idempotency-Key and If-Match are checked by the kit the same way everywhere: not blank, a key 1 to 255 long. */
    private static void boundRequestHeaders(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.HEADER || parameter.getSchema() == null) {
                continue;
            }
            if ("Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
                parameter.getSchema().minLength(1).maxLength(255).pattern(TextInput.NOT_BLANK_PATTERN);
            } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.getSchema().minLength(1).pattern(TextInput.NOT_BLANK_PATTERN);
            }
        }
    }

    private static void registerTaxonomySchemas(OpenAPI openAPI) {
        Set<String> referred = new LinkedHashSet<>();
        rewriteEverySchema(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF_PREFIX)) {
                referred.add(schema.getRef().substring(SCHEMA_REF_PREFIX.length()));
            }
            return schema;
        });
        // a Java enum published under a taxonomy schema's name (a list of flags, say) is replaced by the taxonomy's
        TaxonomySchemas.all(Taxonomy.load()).forEach((name, schema) -> {
            if (referred.contains(name)) {
                openAPI.getComponents().addSchema(name, schema);
            }
        });
    }

    private static Map<String, Schema> componentSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        return schemas == null ? Map.of() : schemas;
    }

    // --- which component schemas requests and responses use ---

    private static List<Schema> requestSchemas(OpenAPI openAPI) {
        List<Schema> schemas = new ArrayList<>();
        forEachOperation(openAPI, operation -> {
            if (operation.getRequestBody() != null) {
                schemasOf(operation.getRequestBody().getContent(), schemas::add);
            }
        });
        return schemas;
    }

    private static List<Schema> responseSchemas(OpenAPI openAPI) {
        List<Schema> schemas = new ArrayList<>();
        forEachOperation(openAPI, operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        schemasOf(response.getContent(), schemas::add);
                    }
                });
            }
        });
        return schemas;
    }

    /** The names of the component schemas the given schemas refer to, directly or through others. */
    private static Set<String> reachable(Map<String, Schema> components, List<Schema> roots) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF_PREFIX)) {
                String name = schema.getRef().substring(SCHEMA_REF_PREFIX.length());
                if (names.add(name) && components.containsKey(name)) {
                    pending.push(components.get(name));
                }
            }
            children(schema).forEach(pending::push);
        }
        return names;
    }

    // --- the rules ---

    private static void applyRequestRules(Schema object) {
        if (object.getProperties() == null) {
            return;
        }
        List<String> required = object.getRequired() == null ? List.of() : object.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(object.getProperties());
        properties.replaceAll((name, property) -> {
            Schema checked = withVisibleText(property);
            return required.contains(name) ? checked : nullable(checked);
        });
        object.setProperties(properties);
    }

    /** A free-text string (no code list, no format) must hold a visible character; so must each such array item. */
    private static Schema withVisibleText(Schema property) {
        if (isType(property, SchemaType.ARRAY) && property.getItems() != null) {
            property.setItems(withVisibleText(property.getItems()));
        } else if (property.getRef() == null && isType(property, SchemaType.STRING) && property.getEnumeration() == null
                && property.getFormat() == null && (property.getPattern() == null || isJavaOnly(property.getPattern()))) {
            property.setPattern(TextInput.NOT_BLANK_PATTERN);
        }
        return property;
    }

    private static boolean isJavaOnly(String pattern) {
        return pattern.contains("(?") || pattern.contains("\\p{") || pattern.contains("\\A") || pattern.contains("\\Z");
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema wrapped = siblingsOf(property);
            wrapped.setAnyOf(List.of(OASFactory.createSchema().ref(property.getRef()), nullType()));
            return wrapped;
        }
        List<SchemaType> types = property.getType();
        if (types == null || types.isEmpty()) {
            return property; // no type: any JSON value, null included
        }
        if (!types.contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnumeration());
            values.add(null);
            property.setEnumeration(values);
        }
        return property;
    }

    private static void requireEveryProperty(Schema object) {
        if (object.getProperties() != null && !object.getProperties().isEmpty()
                && (object.getRequired() == null || object.getRequired().isEmpty())) {
            object.setRequired(new ArrayList<>(object.getProperties().keySet()));
        }
    }

    private static Schema withoutRefSiblings(Schema schema) {
        if (schema.getRef() == null || schema.getAll().keySet().stream().allMatch(REF::equals)) {
            return schema;
        }
        Schema wrapped = siblingsOf(schema);
        List<SchemaType> types = schema.getType();
        if (types != null && types.contains(SchemaType.NULL)) {
            wrapped.setAnyOf(List.of(OASFactory.createSchema().ref(schema.getRef()), nullType()));
        } else {
            wrapped.setAllOf(List.of(OASFactory.createSchema().ref(schema.getRef())));
        }
        return wrapped;
    }

    /** The keywords beside a reference, without the reference and without a type (the referred schema has it). */
    private static Schema siblingsOf(Schema schema) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach((keyword, value) -> {
            if (!REF.equals(keyword) && !"type".equals(keyword)) {
                copy.set(keyword, value);
            }
        });
        return copy;
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(SchemaType.NULL);
    }

    private static boolean isType(Schema schema, SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }

    // --- walking the document ---

    /** Every operation of the document (the kit's one walk over paths). */
    private static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        ProblemsInOpenApi.forEachOperation(openAPI, (path, operation) -> action.accept(operation));
    }

    private static void schemasOf(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema)
                    .filter(java.util.Objects::nonNull).forEach(action);
        }
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            children.addAll(group);
        }
        return children;
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }

    /** Replaces every schema of the document, depth first, by what the rewrite makes of it. */
    private static void rewriteEverySchema(OpenAPI openAPI, UnaryOperator<Schema> rewrite) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components != null) {
            Map<String, Schema> rewritten = new LinkedHashMap<>();
            components.forEach((name, schema) -> rewritten.put(name, rewriteTree(schema, rewrite)));
            openAPI.getComponents().setSchemas(rewritten);
        }
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> rewriteResponse(response, rewrite));
        }
        forEachOperation(openAPI, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> rewriteParameter(parameter, rewrite));
            }
            if (operation.getRequestBody() != null) {
                rewriteContent(operation.getRequestBody().getContent(), rewrite);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> rewriteResponse(response, rewrite));
            }
        });
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().stream().filter(item -> item.getParameters() != null)
                    .forEach(item -> item.getParameters().forEach(parameter -> rewriteParameter(parameter, rewrite)));
        }
    }

    private static void rewriteParameter(Parameter parameter, UnaryOperator<Schema> rewrite) {
        if (parameter.getSchema() != null) {
            parameter.setSchema(rewriteTree(parameter.getSchema(), rewrite));
        }
    }

    private static void rewriteResponse(APIResponse response, UnaryOperator<Schema> rewrite) {
        rewriteContent(response.getContent(), rewrite);
        if (response.getHeaders() != null) {
            for (Header header : response.getHeaders().values()) {
                if (header.getSchema() != null) {
                    header.setSchema(rewriteTree(header.getSchema(), rewrite));
                }
            }
        }
    }

    private static void rewriteContent(Content content, UnaryOperator<Schema> rewrite) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(media -> media.getSchema() != null)
                    .forEach(media -> media.setSchema(rewriteTree(media.getSchema(), rewrite)));
        }
    }

    private static Schema rewriteTree(Schema schema, UnaryOperator<Schema> rewrite) {
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> properties.put(name, rewriteTree(property, rewrite)));
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            schema.setItems(rewriteTree(schema.getItems(), rewrite));
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            schema.setAdditionalPropertiesSchema(rewriteTree(schema.getAdditionalPropertiesSchema(), rewrite));
        }
        if (schema.getAllOf() != null) {
            schema.setAllOf(schema.getAllOf().stream().map(part -> rewriteTree(part, rewrite)).toList());
        }
        if (schema.getAnyOf() != null) {
            schema.setAnyOf(schema.getAnyOf().stream().map(part -> rewriteTree(part, rewrite)).toList());
        }
        if (schema.getOneOf() != null) {
            schema.setOneOf(schema.getOneOf().stream().map(part -> rewriteTree(part, rewrite)).toList());
        }
        return rewrite.apply(schema);
    }
}
