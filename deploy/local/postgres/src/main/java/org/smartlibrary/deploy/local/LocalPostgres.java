package org.smartlibrary.deploy.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Persistent embedded PostgreSQL 17 for the local stack (deploy/local/start).
 *
 * <pre>
 * run   --data-dir DIR --work-dir DIR [--port 5432] [--fallback-port 15432] [--port-file FILE]
 *       [--user slp] [--password slp] [--databases assessment,partner,matching]
 *       Starts (initialising DIR on first use, reusing it later), creates the role and databases if missing,
 *       writes the port to --port-file, prints "READY port=N" and blocks until SIGTERM / SIGINT, which stops
 *       PostgreSQL cleanly (pg_ctl stop -m fast) through the shutdown hook.
 * check --host H --port P [--user slp] [--password slp] [--databases ...]
 *       Exit 0 if the user can log in to every database, 3 otherwise (used when psql is not installed).
 * </pre>
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || argv[0].startsWith("-h")) {
            usage();
            return;
        }
        String mode = argv[0];
        Map<String, String> opts = parse(argv);
        String user = opts.getOrDefault("user", "slp");
        String password = opts.getOrDefault("password", "slp");
        List<String> databases = List.of(opts.getOrDefault("databases", "assessment,partner,matching").split(","));
        switch (mode) {
            case "run" -> run(opts, user, password, databases);
            case "check" -> System.exit(check(opts.getOrDefault("host", "127.0.0.1"),
                    Integer.parseInt(opts.getOrDefault("port", "5432")), user, password, databases) ? 0 : 3);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void run(Map<String, String> opts, String user, String password, List<String> databases)
            throws Exception {
        File dataDir = new File(require(opts, "data-dir")).getAbsoluteFile();
        File workDir = new File(require(opts, "work-dir")).getAbsoluteFile();
        Files.createDirectories(dataDir.toPath());
        Files.createDirectories(workDir.toPath());
        int preferred = Integer.parseInt(opts.getOrDefault("port", "5432"));
        int fallback = Integer.parseInt(opts.getOrDefault("fallback-port", "15432"));
        int port;
        if (isFree(preferred)) {
            port = preferred;
        } else if (isFree(fallback)) {
            port = fallback;
            log("port " + preferred + " is taken; using " + fallback);
        } else {
            throw new IllegalStateException("neither port " + preferred + " nor " + fallback + " is free");
        }
        boolean firstStart = !new File(dataDir, "PG_VERSION").exists();
        log((firstStart ? "initialising new" : "reusing") + " data directory " + dataDir);

        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDir)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky defaults to synchronous_commit=off; the local stack should not lose acknowledged commits
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                // postgres writes straight to the launcher's stdout (the start script's log file)
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .setRegisterShutdownHook(true)
                .start();

        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "")) {
            ensureRoleAndDatabases(c, user, password, databases);
        }
        if (opts.containsKey("port-file")) {
            Path portFile = Path.of(opts.get("port-file"));
            Files.createDirectories(portFile.toAbsolutePath().getParent());
            Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
            Files.writeString(tmp, port + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, portFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        log(String.format("PostgreSQL 17 (embedded) listening on 127.0.0.1:%d, databases %s, user %s (started in %d ms)",
                port, databases, user, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)));
        System.out.println("READY port=" + port);
        System.out.flush();

        // Block until SIGTERM/SIGINT; the shutdown hooks (ours and zonky's) stop PostgreSQL.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping PostgreSQL");
            try {
                pg.close();
            } catch (IOException e) {
                log("could not stop PostgreSQL cleanly: " + e);
            }
            stopped.countDown();
        }, "local-postgres-stop"));

        // Watchdog: if the postmaster goes away on its own, exit so the start script notices.
        Path pidFile = dataDir.toPath().resolve("postmaster.pid");
        while (!stopped.await(2, TimeUnit.SECONDS)) {
            if (!postmasterAlive(pidFile)) {
                log("the PostgreSQL server process is gone; exiting");
                System.exit(1);
            }
        }
    }

    static void ensureRoleAndDatabases(Connection c, String user, String password, List<String> databases)
            throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", user)) {
                st.execute("create role " + ident(user) + " login password " + literal(password));
                log("created role " + user);
            }
            for (String db : databases) {
                if (!exists(c, "select 1 from pg_database where datname = ?", db)) {
                    st.execute("create database " + ident(db) + " owner " + ident(user) + " encoding 'UTF8'");
                    log("created database " + db);
                }
            }
        }
    }

    private static boolean check(String host, int port, String user, String password, List<String> databases) {
        for (String db : databases) {
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + db + "?connectTimeout=5";
            try (Connection c = DriverManager.getConnection(url, user, password);
                 Statement st = c.createStatement()) {
                st.execute("select 1");
            } catch (SQLException e) {
                System.err.println("cannot use database " + db + " as " + user + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean postmasterAlive(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return false;
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            Optional<ProcessHandle> ph = ProcessHandle.of(Long.parseLong(first));
            return ph.map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true; // being rewritten; check again later
        }
    }

    private static boolean isFree(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return false; // something answers
        } catch (IOException expected) {
            // nothing listening; now make sure we can bind it
        }
        try (ServerSocket ss = new ServerSocket()) {
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> opts = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(List.of(argv).subList(1, argv.length));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (!a.startsWith("--") || i + 1 >= rest.size()) {
                throw new IllegalArgumentException("bad argument: " + a);
            }
            opts.put(a.substring(2), rest.get(++i));
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }

    private static void log(String msg) {
        System.out.println("[local-postgres] " + msg);
        System.out.flush();
    }

    private static void usage() {
        System.out.println("usage: LocalPostgres run --data-dir DIR --work-dir DIR [--port 5432] [--fallback-port 15432]"
                + " [--port-file FILE] [--user slp] [--password slp] [--databases a,b,c]\n"
                + "       LocalPostgres check --host H --port P [--user slp] [--password slp] [--databases a,b,c]");
    }
}
