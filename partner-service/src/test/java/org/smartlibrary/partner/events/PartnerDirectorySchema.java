package org.smartlibrary.partner.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.util.List;

/** The partner-directory v1 JSON Schema from the contracts jar, with format assertions on. */
public final class PartnerDirectorySchema {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build()))
            .getSchema(SchemaLocation.of("classpath:contracts/events/partner-directory/v1/schema.json"));

    private PartnerDirectorySchema() {
    }

    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
