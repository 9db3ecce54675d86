package org.smartlibrary.deploy.system;

import org.smartlibrary.testkit.TestKafka;
import org.smartlibrary.testkit.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The three packaged services as separate processes against one real PostgreSQL (a database each) and one real
 * Kafka broker, started once per test JVM.
 */
public final class Suite {

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
        Path repository = repositoryRoot();
        TestPostgres postgres = TestPostgres.shared();
        String bootstrap = TestKafka.shared().bootstrapServers();
        ServiceProcess assessment = ServiceProcess.start(repository, "assessment-service", freePort(),
                environment(postgres, postgres.freshDatabase("assessment"), bootstrap));
        ServiceProcess partner = ServiceProcess.start(repository, "partner-service", freePort(),
                environment(postgres, postgres.freshDatabase("partner"), bootstrap));
        Map<String, String> matchingEnvironment = environment(postgres, postgres.freshDatabase("matching"), bootstrap);
        matchingEnvironment.put("SLP_MATCHING_CONSUMER_GROUP_ID", "matching-system-test-" + UUID.randomUUID());
        ServiceProcess matching = ServiceProcess.start(repository, "matching-service", freePort(), matchingEnvironment);
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

    private static Map<String, String> environment(TestPostgres postgres, String jdbcUrl, String bootstrap) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
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

    private void stop() {
        matching.close();
        partner.close();
        assessment.close();
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("run from inside the repository");
        }
        return directory;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
