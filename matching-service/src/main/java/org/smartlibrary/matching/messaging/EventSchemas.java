package org.smartlibrary.matching.messaging;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schemas of the consumed events, read once from platform/contracts (draft 2020-12, format assertions on)
 * and reused: a {@link Schema} is thread-safe. Only major version 1 exists; a v2 folder would be added here.
 */
@ApplicationScoped
public class EventSchemas {

    static final int SUPPORTED_MAJOR = 1;

    private final Map<EventContract, Schema> v1 = new EnumMap<>(EventContract.class);

    public EventSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER)
                        .build()));
        for (EventContract contract : EventContract.values()) {
            v1.put(contract, registry.getSchema(read("/contracts/events/" + contract.schemaFolder() + "/v1/schema.json"),
                    InputFormat.JSON));
        }
    }

    /** The schema of this topic for a schema_version major, if this service knows that major. */
    public Optional<Schema> schema(EventContract contract, int major) {
        return major == SUPPORTED_MAJOR ? Optional.of(v1.get(contract)) : Optional.empty();
    }

    /** Validation errors of a raw JSON document, empty when valid. */
    public static List<Error> validate(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    private static String read(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("contract " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
