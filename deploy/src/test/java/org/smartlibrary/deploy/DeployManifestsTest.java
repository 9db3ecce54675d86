package org.smartlibrary.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Static checks of the deployment files: every YAML under deploy/compose and deploy/k8s parses, Kubernetes objects
 * are well-formed, the service Deployments probe Quarkus health, the services are configured only through the
 * documented environment variables, the Strimzi topics are exactly the suite's topics, and the container and local
 * stack files are where the docs say. Runs without Docker or a cluster.
 */
class DeployManifestsTest {

    static final List<String> SERVICES = List.of("assessment-service", "partner-service", "matching-service");
    static final Map<String, Integer> PORTS = Map.of("assessment-service", 8081, "partner-service", 8082,
            "matching-service", 8083);
    static final Map<String, String> DATABASES = Map.of("assessment-service", "assessment", "partner-service", "partner",
            "matching-service", "matching");

    /** The configuration keys the services document, as environment variables, plus the JVM options variable. */
    static final Set<String> ALLOWED_SERVICE_ENV = Set.of(
            "QUARKUS_HTTP_PORT",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS",
            "SLP_KAFKA_CREATE_TOPICS",
            "SLP_KAFKA_TOPIC_PARTITIONS",
            "SLP_KAFKA_REPLICATION_FACTOR",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "SLP_JWT_ISSUER",
            "QUARKUS_HTTP_CORS_ORIGINS",
            "SLP_HTTP_MAX_BODY_BYTES",
            "SLP_HTTP_MAX_QUERY_CHARS",
            "JAVA_OPTS");

    /** Topic name -> partitions. */
    static final Map<String, Integer> TOPICS = Map.of(
            "assessment-completed", 6,
            "library-directory", 6,
            "partner-directory", 6,
            "recommendations-ready", 6,
            "consortium-recommendations-ready", 6,
            "matching-dead-letter", 3);

    static Path deploy;
    static Map<Path, List<Map<String, Object>>> composeFiles;
    static Map<Path, List<Map<String, Object>>> k8sFiles;

    @BeforeAll
    static void loadManifests() throws IOException {
        // tests run in deploy/; tolerate the repository root as working directory too
        Path cwd = Path.of("").toAbsolutePath();
        deploy = Files.isDirectory(cwd.resolve("k8s")) ? cwd : cwd.resolve("deploy");
        assertTrue(Files.isDirectory(deploy.resolve("k8s")), "no deploy/k8s under " + cwd);
        composeFiles = loadYamlTree(deploy.resolve("compose"));
        k8sFiles = loadYamlTree(deploy.resolve("k8s"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // parsing and general shape

    @Test
    void everyYamlFileParsesIntoAtLeastOneDocument() {
        assertFalse(composeFiles.isEmpty(), "no YAML under deploy/compose");
        assertFalse(k8sFiles.isEmpty(), "no YAML under deploy/k8s");
        Stream.concat(composeFiles.entrySet().stream(), k8sFiles.entrySet().stream()).forEach(e ->
                assertFalse(e.getValue().isEmpty(), e.getKey() + " holds no YAML document"));
    }

    @Test
    void everyKubernetesDocumentHasApiVersionKindAndName() {
        List<String> problems = new ArrayList<>();
        k8sFiles.forEach((file, docs) -> {
            for (int i = 0; i < docs.size(); i++) {
                Map<String, Object> doc = docs.get(i);
                String where = deploy.relativize(file) + " document " + (i + 1);
                if (!(doc.get("apiVersion") instanceof String v) || v.isBlank()) {
                    problems.add(where + ": no apiVersion");
                }
                if (!(doc.get("kind") instanceof String k) || k.isBlank()) {
                    problems.add(where + ": no kind");
                }
                String name = str(path(doc, "metadata", "name"));
                if (name == null || name.isBlank()) {
                    problems.add(where + ": no metadata.name");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void kustomizationListsEveryManifestAndOnlyExistingOnes() {
        Path k8s = deploy.resolve("k8s");
        Map<String, Object> kustomization = single(k8sFiles.get(k8s.resolve("kustomization.yaml")), "kustomization.yaml");
        assertEquals("Kustomization", kustomization.get("kind"));
        Set<Path> listed = new HashSet<>();
        for (Object r : list(kustomization.get("resources"))) {
            Path p = k8s.resolve(r.toString()).normalize();
            assertTrue(Files.isRegularFile(p), "kustomization.yaml lists a missing file: " + r);
            listed.add(p);
        }
        Set<String> unlisted = k8sFiles.keySet().stream()
                .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                .filter(p -> !listed.contains(p.normalize()))
                .map(p -> k8s.relativize(p).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unlisted.isEmpty(), "manifests missing from kustomization.yaml: " + unlisted);
    }

    // ------------------------------------------------------------------------------------------------------------
    // the service Deployments

    @Test
    void eachServiceHasDeploymentServiceAndConfigMap() {
        for (String svc : SERVICES) {
            Map<String, Object> deployment = k8sObject("Deployment", svc);
            Map<String, Object> service = k8sObject("Service", svc);
            assertTrue(((Number) path(deployment, "spec", "replicas")).intValue() >= 2,
                    svc + ": the Deployment should run at least 2 replicas");
            Map<String, Object> container = serviceContainer(deployment, svc);
            assertNotNull(path(container, "resources", "requests"), svc + ": no resource requests");
            assertNotNull(path(container, "resources", "limits"), svc + ": no resource limits");
            boolean exposesPort = list(container.get("ports")).stream()
                    .anyMatch(p -> PORTS.get(svc).equals(path(map(p), "containerPort")));
            assertTrue(exposesPort, svc + ": container does not expose port " + PORTS.get(svc));
            boolean servicePort = list(path(service, "spec", "ports")).stream()
                    .anyMatch(p -> PORTS.get(svc).equals(path(map(p), "port")));
            assertTrue(servicePort, svc + ": Service does not expose port " + PORTS.get(svc));
            assertFalse(configMapsUsedBy(deployment).isEmpty(), svc + ": the Deployment takes no env from a ConfigMap");
        }
    }

    @Test
    void serviceDeploymentsProbeQuarkusHealthEndpoints() {
        for (String svc : SERVICES) {
            Map<String, Object> container = serviceContainer(k8sObject("Deployment", svc), svc);
            assertEquals("/q/health/ready", str(path(container, "readinessProbe", "httpGet", "path")),
                    svc + ": readinessProbe must GET /q/health/ready");
            assertEquals("/q/health/live", str(path(container, "livenessProbe", "httpGet", "path")),
                    svc + ": livenessProbe must GET /q/health/live");
            Object startup = path(container, "startupProbe", "httpGet", "path");
            if (startup != null) {
                assertTrue(str(startup).startsWith("/q/health/"), svc + ": startupProbe must use /q/health/*");
            }
        }
    }

    @Test
    void databasePasswordComesFromASecret() {
        for (String svc : SERVICES) {
            Map<String, Object> container = serviceContainer(k8sObject("Deployment", svc), svc);
            Map<String, Object> password = list(container.get("env")).stream().map(DeployManifestsTest::map)
                    .filter(e -> "QUARKUS_DATASOURCE_PASSWORD".equals(e.get("name")))
                    .findFirst().orElse(null);
            assertNotNull(password, svc + ": QUARKUS_DATASOURCE_PASSWORD is not set");
            assertNotNull(path(password, "valueFrom", "secretKeyRef", "name"),
                    svc + ": QUARKUS_DATASOURCE_PASSWORD must come from a Secret");
            for (String cm : configMapsUsedBy(k8sObject("Deployment", svc))) {
                assertFalse(map(k8sObject("ConfigMap", cm).getOrDefault("data", Map.of()))
                        .containsKey("QUARKUS_DATASOURCE_PASSWORD"), svc + ": password in a ConfigMap");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // environment variables

    @Test
    void servicesUseOnlyDocumentedEnvironmentVariables() {
        List<String> problems = new ArrayList<>();
        // docker compose
        Map<String, Object> composeServices = map(path(composeDocument(), "services"));
        for (String svc : SERVICES) {
            Map<String, String> env = composeEnvironment(composeServices, svc);
            env.keySet().stream().filter(k -> !ALLOWED_SERVICE_ENV.contains(k))
                    .forEach(k -> problems.add("compose " + svc + ": undocumented variable " + k));
        }
        // Kubernetes: the ConfigMaps the service Deployments read, and the Deployments' own env entries
        for (String svc : SERVICES) {
            Map<String, Object> deployment = k8sObject("Deployment", svc);
            for (String cm : configMapsUsedBy(deployment)) {
                map(k8sObject("ConfigMap", cm).getOrDefault("data", Map.of())).keySet().stream()
                        .filter(k -> !ALLOWED_SERVICE_ENV.contains(k))
                        .forEach(k -> problems.add("ConfigMap " + cm + ": undocumented variable " + k));
            }
            for (Object c : list(path(deployment, "spec", "template", "spec", "containers"))) {
                for (Object e : list(map(c).get("env"))) {
                    String name = str(map(e).get("name"));
                    if (!ALLOWED_SERVICE_ENV.contains(name)) {
                        problems.add("Deployment " + svc + ": undocumented variable " + name);
                    }
                }
                for (Object from : list(map(c).get("envFrom"))) {
                    if (map(from).containsKey("prefix")) {
                        problems.add("Deployment " + svc + ": envFrom with a prefix changes the variable names");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void eachServiceIsPointedAtItsOwnDatabaseAndPortAndKafka() {
        Map<String, Object> composeServices = map(path(composeDocument(), "services"));
        for (String svc : SERVICES) {
            Map<String, String> compose = composeEnvironment(composeServices, svc);
            Map<String, String> k8s = new LinkedHashMap<>();
            for (String cm : configMapsUsedBy(k8sObject("Deployment", svc))) {
                map(k8sObject("ConfigMap", cm).getOrDefault("data", Map.of())).forEach((k, v) -> k8s.put(k, str(v)));
            }
            for (Map.Entry<String, Map<String, String>> env : Map.of("compose", compose, "k8s", k8s).entrySet()) {
                String where = env.getKey() + " " + svc;
                Map<String, String> vars = env.getValue();
                assertEquals(String.valueOf(PORTS.get(svc)), vars.get("QUARKUS_HTTP_PORT"), where + ": QUARKUS_HTTP_PORT");
                String url = vars.get("QUARKUS_DATASOURCE_JDBC_URL");
                assertNotNull(url, where + ": no QUARKUS_DATASOURCE_JDBC_URL");
                assertTrue(url.startsWith("jdbc:postgresql://") && url.endsWith("/" + DATABASES.get(svc)),
                        where + ": JDBC URL should name database " + DATABASES.get(svc) + ": " + url);
                assertNotNull(vars.get("KAFKA_BOOTSTRAP_SERVERS"), where + ": no KAFKA_BOOTSTRAP_SERVERS");
                assertNotNull(vars.get("QUARKUS_DATASOURCE_USERNAME"), where + ": no QUARKUS_DATASOURCE_USERNAME");
                assertNotNull(vars.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                        where + ": no MP_JWT_VERIFY_PUBLICKEY_LOCATION (without a verification key every token is refused)");
                assertNotNull(vars.get("SLP_JWT_ISSUER"), where + ": no SLP_JWT_ISSUER");
            }
            assertNotNull(compose.get("QUARKUS_DATASOURCE_PASSWORD"), "compose " + svc + ": no password");
            assertEquals("false", k8s.get("SLP_KAFKA_CREATE_TOPICS"),
                    svc + ": on Kubernetes the Strimzi KafkaTopic resources own the topics (SLP_KAFKA_CREATE_TOPICS=false)");
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Kafka and PostgreSQL resources

    @Test
    void kafkaTopicsAreExactlyTheSuiteTopics() {
        List<Map<String, Object>> topics = k8sObjects("KafkaTopic");
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (Map<String, Object> t : topics) {
            Object topicName = path(t, "spec", "topicName");
            String name = topicName != null ? str(topicName) : str(path(t, "metadata", "name"));
            assertTrue(byName.put(name, t) == null, "topic defined twice: " + name);
        }
        assertEquals(TOPICS.keySet(), byName.keySet(), "KafkaTopic resources");

        Set<String> kafkaClusters = k8sObjects("Kafka").stream().map(k -> str(path(k, "metadata", "name")))
                .collect(Collectors.toSet());
        assertEquals(1, kafkaClusters.size(), "exactly one Strimzi Kafka resource");
        byName.forEach((name, t) -> {
            assertEquals(TOPICS.get(name), ((Number) path(t, "spec", "partitions")).intValue(), name + " partitions");
            assertTrue(kafkaClusters.contains(str(path(t, "metadata", "labels", "strimzi.io/cluster"))),
                    name + ": strimzi.io/cluster label must name the Kafka resource " + kafkaClusters);
        });
        assertEquals("compact", str(path(byName.get("partner-directory"), "spec", "config", "cleanup.policy")),
                "partner-directory must be compacted");
        byName.forEach((name, t) -> {
            if (!name.equals("partner-directory")) {
                Object policy = path(t, "spec", "config", "cleanup.policy");
                assertTrue(policy == null || "delete".equals(policy), name + " should not be compacted");
            }
        });
    }

    @Test
    void kafkaRunsInKraftModeWithANodePool() {
        Map<String, Object> kafka = k8sObjects("Kafka").get(0);
        String cluster = str(path(kafka, "metadata", "name"));
        assertNull(path(kafka, "spec", "zookeeper"), "Kafka must not use ZooKeeper");
        List<Map<String, Object>> pools = k8sObjects("KafkaNodePool").stream()
                .filter(p -> cluster.equals(str(path(p, "metadata", "labels", "strimzi.io/cluster"))))
                .toList();
        assertFalse(pools.isEmpty(), "no KafkaNodePool for " + cluster);
        Set<Object> roles = pools.stream().flatMap(p -> list(path(p, "spec", "roles")).stream()).collect(Collectors.toSet());
        assertTrue(roles.containsAll(Set.of("controller", "broker")), "node pools must provide controller and broker roles");
        assertNotNull(topicOperator(kafka), "the topic operator must run, or KafkaTopic resources do nothing");
    }

    @Test
    void postgresClusterProvidesTheThreeDatabases() {
        List<Map<String, Object>> clusters = k8sObjects("Cluster");
        assertEquals(1, clusters.size(), "one CloudNativePG Cluster");
        Map<String, Object> cluster = clusters.get(0);
        Set<String> databases = new TreeSet<>();
        Object initdb = path(cluster, "spec", "bootstrap", "initdb", "database");
        if (initdb != null) {
            databases.add(str(initdb));
        }
        for (Map<String, Object> db : k8sObjects("Database")) {
            assertEquals(str(path(cluster, "metadata", "name")), str(path(db, "spec", "cluster", "name")));
            databases.add(str(path(db, "spec", "name")));
        }
        assertEquals(new TreeSet<>(DATABASES.values()), databases, "databases created for the services");
    }

    // ------------------------------------------------------------------------------------------------------------
    // compose, Dockerfile, local stack

    @Test
    void composeStartsServicesOnlyWhenPostgresAndKafkaAreHealthy() {
        Map<String, Object> services = map(path(composeDocument(), "services"));
        for (String infra : List.of("postgres", "kafka")) {
            assertNotNull(path(map(services.get(infra)), "healthcheck", "test"), infra + " needs a healthcheck");
        }
        assertTrue(str(path(map(services.get("postgres")), "image")).startsWith("postgres:17"), "PostgreSQL 17");
        assertTrue(str(path(map(services.get("kafka")), "image")).startsWith("apache/kafka:4.1"), "apache/kafka 4.1.x");
        for (String svc : SERVICES) {
            Map<String, Object> service = map(services.get(svc));
            assertNotNull(service, "compose has no service " + svc);
            Map<String, Object> dependsOn = map(service.get("depends_on"));
            for (String infra : List.of("postgres", "kafka")) {
                assertEquals("service_healthy", str(path(dependsOn, infra, "condition")),
                        svc + " must wait until " + infra + " is healthy");
            }
            assertEquals(svc, str(path(service, "build", "args", "SERVICE")), svc + ": build arg SERVICE");
            assertTrue(str(path(service, "build", "dockerfile")).endsWith("Dockerfile.jvm"), svc + ": Dockerfile.jvm");
            assertNotNull(path(service, "healthcheck", "test"), svc + " needs a healthcheck");
        }
    }

    @Test
    void dockerfileRunsTheQuarkusFastJarOfTheChosenService() throws IOException {
        Path dockerfile = deploy.resolve("docker/Dockerfile.jvm");
        assertTrue(Files.isRegularFile(dockerfile), "deploy/docker/Dockerfile.jvm is missing");
        String text = Files.readString(dockerfile);
        assertTrue(Pattern.compile("(?m)^ARG SERVICE\\b").matcher(text).find(), "Dockerfile.jvm must declare ARG SERVICE");
        assertTrue(text.contains("${SERVICE}/target/quarkus-app/"), "Dockerfile.jvm must copy <service>/target/quarkus-app/");
        assertTrue(text.contains("quarkus-run.jar"), "Dockerfile.jvm must run quarkus-run.jar");
    }

    @Test
    void localStackScriptsAreThereAndExecutable() {
        for (String script : List.of("local/start", "local/stop", "local/token", "local/demo/load", "local/tools/run")) {
            Path p = deploy.resolve(script);
            assertTrue(Files.isRegularFile(p), "missing deploy/" + script);
            assertTrue(Files.isExecutable(p), "deploy/" + script + " is not executable");
        }
        for (String helper : List.of("local/postgres/pom.xml", "local/kafka/pom.xml", "local/tools/pom.xml", "local/kafka/server.properties",
                "local/kafka/log4j2.yaml")) {
            assertTrue(Files.isRegularFile(deploy.resolve(helper)), "missing deploy/" + helper);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers

    static Map<Path, List<Map<String, Object>>> loadYamlTree(Path dir) throws IOException {
        Map<Path, List<Map<String, Object>>> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        for (Path p : paths) {
            List<Map<String, Object>> docs = new ArrayList<>();
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            try (Reader r = Files.newBufferedReader(p)) {
                for (Object doc : yaml.loadAll(r)) {
                    if (doc == null) {
                        continue; // empty document (e.g. a trailing ---)
                    }
                    if (!(doc instanceof Map<?, ?>)) {
                        fail(p + ": a document is not a mapping but " + doc.getClass().getSimpleName());
                    }
                    docs.add(map(doc));
                }
            } catch (RuntimeException e) {
                fail(p + " is not valid YAML: " + e.getMessage(), e);
            }
            files.put(p, docs);
        }
        return files;
    }

    static Map<String, Object> composeDocument() {
        Path file = deploy.resolve("compose/compose.yaml");
        return single(composeFiles.get(file), "compose/compose.yaml");
    }

    /** The environment of a compose service; supports both the map and the KEY=VALUE list forms. */
    static Map<String, String> composeEnvironment(Map<String, Object> services, String svc) {
        Map<String, Object> service = map(services.get(svc));
        assertNotNull(service, "compose has no service " + svc);
        Object env = service.get("environment");
        Map<String, String> vars = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> vars.put(k.toString(), v == null ? null : v.toString()));
        } else if (env instanceof List<?> l) {
            for (Object o : l) {
                String s = o.toString();
                int eq = s.indexOf('=');
                vars.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return vars;
    }

    static List<Map<String, Object>> k8sObjects(String kind) {
        return k8sFiles.values().stream().flatMap(List::stream).filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static Map<String, Object> k8sObject(String kind, String name) {
        List<Map<String, Object>> found = k8sObjects(kind).stream()
                .filter(d -> name.equals(str(path(d, "metadata", "name")))).toList();
        assertEquals(1, found.size(), "expected exactly one " + kind + " named " + name);
        return found.get(0);
    }

    static Map<String, Object> serviceContainer(Map<String, Object> deployment, String svc) {
        List<Object> containers = list(path(deployment, "spec", "template", "spec", "containers"));
        return containers.stream().map(DeployManifestsTest::map).filter(c -> svc.equals(c.get("name"))).findFirst()
                .orElseGet(() -> {
                    assertEquals(1, containers.size(), svc + ": name the service container " + svc);
                    return map(containers.get(0));
                });
    }

    static Set<String> configMapsUsedBy(Map<String, Object> deployment) {
        Set<String> names = new TreeSet<>();
        for (Object c : list(path(deployment, "spec", "template", "spec", "containers"))) {
            for (Object from : list(map(c).get("envFrom"))) {
                Object name = path(map(from), "configMapRef", "name");
                if (name != null) {
                    names.add(str(name));
                }
            }
            for (Object e : list(map(c).get("env"))) {
                Object name = path(map(e), "valueFrom", "configMapKeyRef", "name");
                if (name != null) {
                    names.add(str(name));
                }
            }
        }
        return names;
    }

    static Object topicOperator(Map<String, Object> kafka) {
        return path(kafka, "spec", "entityOperator", "topicOperator");
    }

    static Map<String, Object> single(List<Map<String, Object>> docs, String what) {
        assertNotNull(docs, what + " is missing");
        assertEquals(1, docs.size(), what + " should hold one document");
        return docs.get(0);
    }

    static Object path(Map<String, Object> root, String... keys) {
        Object current = root;
        for (String k : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(k);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
