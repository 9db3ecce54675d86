package org.smartlibrary.deploy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a database did between two snapshots of PostgreSQL's cumulative statistics: per table the rows inserted,
 * updated and deleted and the sequential and index scans ({@code pg_stat_user_tables}), and for the database the
 * commits and rows returned ({@code pg_stat_database}). Backends publish their counters when they go idle, at most
 * about 10 s later: take the second snapshot that long after the work ended.
 */
final class PostgresActivity {

    /** How long after the work a snapshot holds every backend's counters (PostgreSQL's idle flush interval + 1 s). */
    static final long FLUSH_MILLIS = 11_000;

    private static final List<String> TABLE_COUNTERS = List.of("n_tup_ins", "n_tup_upd", "n_tup_hot_upd", "n_tup_del",
            "seq_scan", "seq_tup_read", "idx_scan", "idx_tup_fetch");
    private static final List<String> DATABASE_COUNTERS = List.of("xact_commit", "xact_rollback", "tup_returned",
            "tup_fetched", "tup_inserted", "tup_updated", "tup_deleted", "blks_read", "blks_hit");

    private PostgresActivity() {
    }

    /** The counters now: "database" and one entry per table, each counter name to value. */
    static Map<String, Map<String, Long>> snapshot(String jdbcUrl, String user, String password) {
        Map<String, Map<String, Long>> snapshot = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT " + String.join(", ", DATABASE_COUNTERS)
                    + " FROM pg_stat_database WHERE datname = current_database()")) {
                if (row.next()) {
                    snapshot.put("database", counters(row, DATABASE_COUNTERS));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT relname, " + String.join(", ", TABLE_COUNTERS)
                    + " FROM pg_stat_user_tables")) {
                while (rows.next()) {
                    snapshot.put(rows.getString("relname"), counters(rows, TABLE_COUNTERS));
                }
            }
        } catch (SQLException e) {
            snapshot.put("unavailable: " + e.getMessage(), Map.of());
        }
        return snapshot;
    }

    /** after - before, leaving out tables and counters that did not move. */
    static Map<String, Map<String, Long>> since(Map<String, Map<String, Long>> before,
                                                Map<String, Map<String, Long>> after) {
        Map<String, Map<String, Long>> delta = new LinkedHashMap<>();
        after.forEach((table, counters) -> {
            Map<String, Long> moved = new LinkedHashMap<>();
            counters.forEach((counter, value) -> {
                long difference = value - before.getOrDefault(table, Map.of()).getOrDefault(counter, 0L);
                if (difference != 0) {
                    moved.put(counter, difference);
                }
            });
            if (!moved.isEmpty()) {
                delta.put(table, moved);
            }
        });
        return delta;
    }

    private static Map<String, Long> counters(ResultSet row, List<String> names) throws SQLException {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name : names) {
            counters.put(name, row.getLong(name));
        }
        return counters;
    }
}
