package org.smartlibrary.deploy.system;

import org.smartlibrary.testkit.TestKafka;
import org.smartlibrary.testkit.TestPostgres;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The three packaged services as separate processes against one real PostgreSQL (a database each) and one real
 * Kafka broker, started once per test JVM.
 */
public final class Suite implements AutoCloseable {

    /** Where the services find their databases: a JDBC URL per database name, and the credentials. */
    public interface Databases {
        String jdbcUrl(String database);

        String user();

        String password();
    }

    /**
     * partner-service of the shared suite runs its offering-expiry job every second (not every 15 minutes), so that
     * system tests see offerings whose window ended expire, and replicas race for each round ({@code TwoReplicasIT}).
     */
    static final Map<String, String> EXPIRY_EVERY_SECOND = Map.of(
            "SLP_PARTNER_EXPIRY_INITIAL_DELAY", "1s",
            "SLP_PARTNER_EXPIRY_INTERVAL", "1s");

    private static Suite running;

    private final ServiceProcess assessment;
    private final ServiceProcess partner;
    private final ServiceProcess matching;

    private Suite(ServiceProcess assessment, ServiceProcess partner, ServiceProcess matching) {
        this.assessment = assessment;
        this.partner = partner;
        this.matching = matching;
    }

    public static synchronized Suite start() {
        if (running == null) {
            running = launch();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "system-test-suite-stop"));
        }
        return running;
    }

    private static Suite launch() {
        TestPostgres postgres = TestPostgres.shared();
        Databases databases = new Databases() {
            @Override
            public String jdbcUrl(String database) {
                return postgres.freshDatabase(database);
            }

            @Override
            public String user() {
                return postgres.user();
            }

            @Override
            public String password() {
                return postgres.password();
            }
        };
        return launch(databases, TestKafka.shared().bootstrapServers(), "matching-system-test-" + UUID.randomUUID(),
                repositoryRoot(), EXPIRY_EVERY_SECOND, ServiceProcess.JVM_OPTIONS);
    }

    /**
     * A suite of its own (not the shared one) against the given databases ({@code assessment}, {@code partner},
     * {@code matching}) and broker; the caller closes it. Used by the fault-injection and benchmark harnesses, which
     * start PostgreSQL and Kafka as processes they can kill.
     */
    public static Suite launch(Databases databases, String bootstrap, String matchingGroupId) {
        return launch(databases, bootstrap, matchingGroupId, repositoryRoot());
    }

    /**
     * As {@link #launch(Databases, String, String)}, with the packaged services taken from
     * {@code <applications>/<service>/target/quarkus-app} (e.g. a {@link #snapshotApplications copy}) and the logs
     * written to {@code <applications>/deploy/target/system-test-logs}.
     */
    public static Suite launch(Databases databases, String bootstrap, String matchingGroupId, Path applications) {
        return launch(databases, bootstrap, matchingGroupId, applications, Map.of(), ServiceProcess.JVM_OPTIONS);
    }

    /** As {@link #launch(Databases, String, String, Path)}, the services with these JVM options. */
    public static Suite launch(Databases databases, String bootstrap, String matchingGroupId, Path applications,
                               List<String> jvmOptions) {
        return launch(databases, bootstrap, matchingGroupId, applications, Map.of(), jvmOptions);
    }

    private static Suite launch(Databases databases, String bootstrap, String matchingGroupId, Path applications,
                                Map<String, String> partnerSettings, List<String> jvmOptions) {
        Path repository = applications;
        ServiceProcess assessment = ServiceProcess.start(repository, "assessment-service", freePort(),
                environment(databases, databases.jdbcUrl("assessment"), bootstrap), jvmOptions);
        Map<String, String> partnerEnvironment = environment(databases, databases.jdbcUrl("partner"), bootstrap);
        partnerEnvironment.putAll(partnerSettings);
        ServiceProcess partner = ServiceProcess.start(repository, "partner-service", freePort(), partnerEnvironment,
                jvmOptions);
        Map<String, String> matchingEnvironment = environment(databases, databases.jdbcUrl("matching"), bootstrap);
        matchingEnvironment.put("SLP_MATCHING_CONSUMER_GROUP_ID", matchingGroupId);
        ServiceProcess matching = ServiceProcess.start(repository, "matching-service", freePort(), matchingEnvironment,
                jvmOptions);
        Suite suite = new Suite(assessment, partner, matching);
        try {
            for (ServiceProcess service : new ServiceProcess[] {assessment, partner, matching}) {
                service.awaitReady(Duration.ofSeconds(120));
            }
        } catch (RuntimeException e) {
            suite.stop();
            throw e;
        }
        return suite;
    }

    /**
     * The environment a packaged service gets here (database, broker, JWT verification); public for the startup
     * benchmark, which launches the services one at a time with it.
     */
    public static Map<String, String> environment(Databases postgres, String jdbcUrl, String bootstrap) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyFile().toString());
        environment.put("SLP_JWT_ISSUER", TestTokens.ISSUER);
        return environment;
    }

    public String assessmentUrl() {
        return assessment.baseUrl();
    }

    public String partnerUrl() {
        return partner.baseUrl();
    }

    public String matchingUrl() {
        return matching.baseUrl();
    }

    public String logs() {
        return "--- assessment-service ---\n" + assessment.logTail()
                + "\n--- partner-service ---\n" + partner.logTail()
                + "\n--- matching-service ---\n" + matching.logTail();
    }

    public ServiceProcess assessment() {
        return assessment;
    }

    public ServiceProcess partner() {
        return partner;
    }

    public ServiceProcess matching() {
        return matching;
    }

    @Override
    public void close() {
        stop();
    }

    private void stop() {
        matching.close();
        partner.close();
        assessment.close();
    }

    /**
     * Copies the three packaged services ({@code <repo>/<service>/target/quarkus-app}) under {@code target}, so that a
     * long harness run keeps restarting the same build even if the services are rebuilt meanwhile; returns
     * {@code target}, to pass to {@link #launch(Databases, String, String, Path)}.
     */
    public static Path snapshotApplications(Path target) {
        Path repository = repositoryRoot();
        try {
            for (String service : new String[] {"assessment-service", "partner-service", "matching-service"}) {
                Path source = repository.resolve(service).resolve("target/quarkus-app");
                if (!Files.isRegularFile(source.resolve("quarkus-run.jar"))) {
                    throw new IllegalStateException(source + " is missing: package the services first (./mvnw package)");
                }
                Path copy = target.resolve(service).resolve("target/quarkus-app");
                if (Files.exists(copy)) {
                    try (var walk = Files.walk(copy)) {
                        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                try (var walk = Files.walk(source)) {
                    for (Path p : walk.toList()) {
                        Path to = copy.resolve(source.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            // with its times: the class-data archive refuses a jar whose time changed
                            Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the packaged services (being rebuilt?)", e);
        }
    }

    public static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("run from inside the repository");
        }
        return directory;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
