package org.smartlibrary.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points the service under test at its own fresh database on the shared real PostgreSQL.
 * Init arg {@code database} names it (default {@code service_test}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestPostgres postgres = TestPostgres.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.freshDatabase(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // the server is shared by every test class of this JVM and stops with it
    }
}
