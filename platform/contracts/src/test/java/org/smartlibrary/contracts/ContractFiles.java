package org.smartlibrary.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test support: locates the contract files on the test classpath (target/classes/contracts) and validates
 * JSON documents the way services should: JSON Schema draft 2020-12 with format assertions enabled.
 */
final class ContractFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Classpath folder that holds every contract file. */
    static final String CLASSPATH_ROOT = "contracts";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_POINTER)
                            .build()));

    private ContractFiles() {
    }

    /** The contracts folder as a directory on disk (the module's target/classes/contracts). */
    static Path root() {
        URL url = ContractFiles.class.getClassLoader().getResource(CLASSPATH_ROOT);
        if (url == null) {
            throw new IllegalStateException("classpath folder /" + CLASSPATH_ROOT + " not found");
        }
        if (!"file".equals(url.getProtocol())) {
            throw new IllegalStateException("classpath folder /" + CLASSPATH_ROOT + " is not a directory: " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path taxonomyFile() {
        return root().resolve("taxonomy/taxonomy-v1.json");
    }

    static Path taxonomySchemaFile() {
        return root().resolve("taxonomy/taxonomy.schema.json");
    }

    static Path asyncApiFile() {
        return root().resolve("asyncapi.yaml");
    }

    /** Every events/&lt;type&gt;/v&lt;major&gt;/ folder. */
    static List<Path> eventVersionDirs() {
        Path events = root().resolve("events");
        try (Stream<Path> types = Files.list(events)) {
            return types.filter(Files::isDirectory)
                    .flatMap(ContractFiles::listDirs)
                    .filter(dir -> dir.getFileName().toString().matches("v[1-9][0-9]*"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every event schema file (events/&lt;type&gt;/v&lt;major&gt;/schema.json). */
    static List<Path> eventSchemaFiles() {
        return eventVersionDirs().stream()
                .map(dir -> dir.resolve("schema.json"))
                .filter(Files::isRegularFile)
                .collect(Collectors.toList());
    }

    /** The *.json files directly inside {@code dir}, sorted; empty if the folder does not exist. */
    static List<Path> jsonFilesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the contracts folder, sorted. */
    static List<Path> allFiles() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path relative to the contracts folder, with '/' separators, e.g. events/x/v1/schema.json. */
    static String relative(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }

    /** The classpath resource name a service would use, e.g. /contracts/events/x/v1/schema.json. */
    static String classpathName(Path file) {
        return "/" + CLASSPATH_ROOT + "/" + relative(file);
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a schema from the classpath, as services do (resolves "$ref"s relative to its location). */
    static Schema loadSchema(Path schemaFile) {
        return REGISTRY.getSchema(SchemaLocation.of("classpath:" + classpathName(schemaFile).substring(1)));
    }

    /** The official JSON Schema 2020-12 meta-schema (bundled with the validator, no network access). */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    static List<Error> validate(Schema schema, Path document) {
        return schema.validate(readString(document), InputFormat.JSON);
    }

    static List<Error> validate(Schema schema, JsonNode document) {
        try {
            return schema.validate(JSON.writeValueAsString(document), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static Stream<Path> listDirs(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).collect(Collectors.toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
