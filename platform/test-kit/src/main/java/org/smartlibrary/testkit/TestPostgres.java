package org.smartlibrary.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL per test JVM: embedded PostgreSQL 17 binaries, or an external server named by
 * {@code SLP_TEST_POSTGRES_URL} (a JDBC URL to an admin database, with {@code SLP_TEST_POSTGRES_USER} and
 * {@code SLP_TEST_POSTGRES_PASSWORD}). Every caller gets its own freshly created database.
 */
public final class TestPostgres {

    private static TestPostgres shared;

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;

    private TestPostgres(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static TestPostgres start() {
        String externalUrl = System.getenv("SLP_TEST_POSTGRES_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return new TestPostgres(null, externalUrl,
                    envOr("SLP_TEST_POSTGRES_USER", "postgres"), envOr("SLP_TEST_POSTGRES_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "test-postgres-stop"));
            return new TestPostgres(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /** Drops (if present) and creates a database with this name; returns its JDBC URL. */
    public String freshDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be a lower-case identifier: " + name);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        int queryStart = adminUrl.indexOf('?');
        String base = queryStart < 0 ? adminUrl : adminUrl.substring(0, queryStart);
        String query = queryStart < 0 ? "" : adminUrl.substring(queryStart);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}
