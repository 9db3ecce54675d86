package org.smartlibrary.deploy.bench;

import org.smartlibrary.deploy.system.Infrastructure;
import org.smartlibrary.deploy.system.KafkaProcess;
import org.smartlibrary.deploy.system.PostgresProcess;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite for a storage or re-match benchmark: a PostgreSQL process (a database per service), a Kafka process and
 * the three packaged services, each a JVM with {@code deploy/local/start}'s options ({@link ServiceJvm}), started with
 * the settings a phase asks for (environment variables per service) and restartable with others on the same
 * databases and broker. Work, data and service logs live under {@code deploy/target/bench/<name>-work/}.
 */
final class BenchStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("assessment-service", "partner-service", "matching-service");

    private final Path work;
    private final Path applications;
    private PostgresProcess postgres;
    private KafkaProcess kafka;
    private final String matchingGroup;
    private final Map<String, ServiceJvm> services = new LinkedHashMap<>();

    private BenchStack(Path work, Path applications, PostgresProcess postgres, KafkaProcess kafka,
                       String matchingGroup) {
        this.work = work;
        this.applications = applications;
        this.postgres = postgres;
        this.kafka = kafka;
        this.matchingGroup = matchingGroup;
    }

    /** Fresh PostgreSQL and Kafka under {@code deploy/target/bench/<name>-work/} and the services with these settings. */
    static BenchStack start(String name, Map<String, Map<String, String>> settings) throws Exception {
        Path repository = Suite.repositoryRoot();
        Path work = repository.resolve("deploy/target/bench/" + name + "-work");
        for (String directory : List.of("postgres", "kafka", "apps", "logs")) {
            Workload.deleteRecursively(work.resolve(directory));
        }
        Files.createDirectories(work);
        Path applications = Suite.snapshotApplications(work.resolve("apps"));
        PostgresProcess postgres = PostgresProcess.start(PostgresProcess.defaultLibs(repository),
                work.resolve("postgres"));
        KafkaProcess kafka = KafkaProcess.start(KafkaProcess.defaultLibs(repository), work.resolve("kafka"));
        BenchStack stack = new BenchStack(work, applications, postgres, kafka, "matching-" + name + "-bench");
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, name + "-bench-stop"));
        stack.startServices(settings);
        return stack;
    }

    /** Stops the services and starts them again with these settings (same ports are not kept). */
    void restartServices(Map<String, Map<String, String>> settings) throws InterruptedException {
        stopServices();
        startServices(settings);
    }

    private void startServices(Map<String, Map<String, String>> settings) throws InterruptedException {
        for (String service : SERVICES) {
            Map<String, String> environment = new LinkedHashMap<>(Suite.environment(postgres,
                    postgres.jdbcUrl(database(service)), kafka.bootstrapServers()));
            if (service.equals("matching-service")) {
                environment.put("SLP_MATCHING_CONSUMER_GROUP_ID", matchingGroup);
            }
            environment.putAll(settings.getOrDefault(service, Map.of()));
            services.put(service, ServiceJvm.start(applications, service, Suite.freePort(),
                    ServiceJvm.LOCAL_START_OPTIONS, environment, work.resolve("logs").resolve(service + ".log")));
        }
        for (ServiceJvm service : services.values()) {
            service.awaitReady(Duration.ofSeconds(180));
        }
    }

    private synchronized void stopServices() {
        services.values().forEach(ServiceJvm::close);
        services.clear();
    }

    static String database(String service) {
        return service.substring(0, service.indexOf('-'));
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }

    Path work() {
        return work;
    }

    /** Process ids to sample CPU of: each service, PostgreSQL (postmaster and backends) and Kafka. */
    Map<String, Long> processes() throws IOException {
        Map<String, Long> processes = new LinkedHashMap<>();
        services.forEach((name, jvm) -> processes.put(name.replace('-', '_'), jvm.pid()));
        processes.put("postgres", Long.parseLong(Files.readAllLines(work.resolve("postgres/data/postmaster.pid"))
                .get(0).trim()));
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("kafka.Kafka"))
                .findFirst().ifPresent(k -> processes.put("kafka", k.pid()));
        return processes;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
    }

    /** The first column of the first row of a query that answers one number. */
    long number(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs a statement as the services' role (which owns their tables, so VACUUM may run). */
    void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public synchronized void close() {
        stopServices();
        Infrastructure.stopAll(kafka, postgres);
        kafka = null;
        postgres = null;
    }
}
