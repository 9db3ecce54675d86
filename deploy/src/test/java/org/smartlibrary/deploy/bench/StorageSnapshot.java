package org.smartlibrary.deploy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The storage of each service's database at one moment: per table of schema {@code public}, its rows
 * ({@code count(*)}) and bytes — {@code pg_total_relation_size} (heap, TOAST, free space map, visibility map and
 * indexes), of which {@code pg_indexes_size} in indexes.
 */
record StorageSnapshot(String label, Map<String, Map<String, Table>> databases) {

    /** One table: rows and bytes. */
    record Table(long rows, long bytes, long indexBytes) {
    }

    static StorageSnapshot take(String label, BenchStack stack) throws SQLException {
        Map<String, Map<String, Table>> databases = new LinkedHashMap<>();
        for (String service : BenchStack.SERVICES) {
            String database = BenchStack.database(service);
            Map<String, Table> tables = new TreeMap<>();
            try (Connection c = stack.connect(database); Statement statement = c.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                for (String name : names) {
                    try (ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM public.\"" + name
                            + "\"), pg_total_relation_size('public.\"" + name + "\"'), pg_indexes_size('public.\""
                            + name + "\"')")) {
                        rows.next();
                        tables.put(name, new Table(rows.getLong(1), rows.getLong(2), rows.getLong(3)));
                    }
                }
            }
            databases.put(database, tables);
        }
        return new StorageSnapshot(label, databases);
    }

    long totalBytes() {
        return databases.values().stream().flatMap(t -> t.values().stream()).mapToLong(Table::bytes).sum();
    }

    long totalBytes(String database) {
        return databases.get(database).values().stream().mapToLong(Table::bytes).sum();
    }

    Table table(String database, String table) {
        return databases.getOrDefault(database, Map.of()).getOrDefault(table, new Table(0, 0, 0));
    }
}
