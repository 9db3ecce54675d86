package org.smartlibrary.testkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLayoutTest {

    private static final String BASE = "org.example.shop";

    @TempDir
    Path src;

    /** Writes a class {@code name} in {@code BASE.pkg} with the given body lines (imports, declarations). */
    private void source(String pkg, String name, String... lines) throws IOException {
        String packageName = pkg.isEmpty() ? BASE : BASE + "." + pkg;
        Path dir = src.resolve(packageName.replace('.', '/'));
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("package " + packageName + ";\n\n");
        for (String line : lines) {
            b.append(line).append('\n');
        }
        if (!String.join("\n", lines).matches("(?s).*\\b(class|enum|record|interface)\\s+" + name + "\\b.*")) {
            b.append("\npublic class ").append(name).append(" {\n}\n");
        }
        Files.writeString(dir.resolve(name + ".java"), b.toString());
    }

    private void cleanShop() throws IOException {
        source("model", "Order", "import java.time.Instant;", "import org.example.shop.model.Status;");
        source("model", "Status", "public enum Status { OPEN }");
        source("api", "OrderView", "import org.example.shop.model.Status;",
                "public record OrderView(String id, Status status) { }");
        source("api.requests", "PlaceOrder", "import org.example.shop.api.OrderView;");
        source("config", "ClockProducer", "import java.time.Clock;");
        source("repository", "OrderRepository", "import org.example.shop.model.Order;",
                "import org.example.shop.config.ClockProducer;");
        source("events", "OrderPlaced", "import org.example.shop.model.*;",
                "import org.example.shop.config.ClockProducer;");
        source("engine", "Scorer", "import java.util.List;");
        source("service", "OrderService", "import org.example.shop.api.OrderView;",
                "import org.example.shop.events.OrderPlaced;", "import org.example.shop.repository.OrderRepository;",
                "import org.example.shop.engine.Scorer;", "import static org.example.shop.model.Status.OPEN;");
        source("messaging", "PaymentConsumer", "import org.example.shop.service.OrderService;");
        source("rest", "OrderResource", "import org.example.shop.service.OrderService;",
                "import org.example.shop.api.OrderView;", "import org.example.shop.rest.dto.Paging;");
        source("rest.dto", "Paging", "import org.example.shop.model.Status;");
    }

    private AssertionError failure() {
        return assertThrows(AssertionError.class, () -> PackageLayout.of(src, BASE).assertLayout());
    }

    @Test
    void aCleanTreePasses() throws IOException {
        cleanShop();
        PackageLayout layout = PackageLayout.of(src, BASE);
        assertEquals(List.of(), layout.violations());
        layout.assertLayout();
        assertEquals(Set.of("api", "engine", "events", "model", "repository"), layout.dependencies().get("service"));
    }

    @Test
    void aCycleIsCaught() throws IOException {
        cleanShop();
        // each import allowed on its own (config is not restricted), but together they close a cycle
        source("config", "Wiring", "import org.example.shop.service.OrderService;");
        source("service", "Settings", "import org.example.shop.config.Wiring;");
        AssertionError e = failure();
        String m = e.getMessage();
        assertTrue(m.contains("package cycle among [config, events, repository, service]"), m);
        assertTrue(m.contains("config -> service -> config"), m);
        assertTrue(m.contains("config -> service: org/example/shop/config/Wiring.java:3: "
                + "import org.example.shop.service.OrderService;"), m);
        assertTrue(m.contains("service -> config: org/example/shop/service/Settings.java:3: "
                + "import org.example.shop.config.Wiring;"), m);
        assertEquals(1, PackageLayout.of(src, BASE).violations().size(), m);
    }

    @Test
    void aLongerCycleIsCaughtWithItsPath() throws IOException {
        cleanShop();
        source("config", "Wiring", "import org.example.shop.messaging.PaymentConsumer;");
        AssertionError e = failure();
        assertTrue(e.getMessage().contains("package cycle among [config, events, messaging, repository, service]"),
                e.getMessage());
        assertTrue(e.getMessage().contains("e.g. config -> messaging -> service -> events -> config"),
                e.getMessage());
    }

    @Test
    void importsAgainstTheDirectionAreCaught() throws IOException {
        cleanShop();
        source("service", "Reporting", "import org.example.shop.rest.dto.Paging;",
                "import org.example.shop.messaging.PaymentConsumer;");
        source("model", "Invoice", "import org.example.shop.api.OrderView;");
        source("repository", "InvoiceRepository", "import org.example.shop.service.OrderService;");
        source("api", "InvoiceView", "import org.example.shop.repository.OrderRepository;");
        source("events", "InvoiceSent", "import static org.example.shop.service.OrderService.*;");
        source("engine", "Ranker", "import org.example.shop.model.Order;");
        List<String> violations = PackageLayout.of(src, BASE).violations();
        String all = String.join("\n", violations);
        for (String expected : List.of(
                "service -> rest: nothing outside rest imports rest\n"
                        + "  org/example/shop/service/Reporting.java:3: import org.example.shop.rest.dto.Paging;",
                "service -> messaging: service imports neither rest nor messaging\n"
                        + "  org/example/shop/service/Reporting.java:4: "
                        + "import org.example.shop.messaging.PaymentConsumer;",
                "model -> api: model imports nothing of the service but model\n"
                        + "  org/example/shop/model/Invoice.java:3: import org.example.shop.api.OrderView;",
                "repository -> service: repository imports only model, repository and config",
                "api -> repository: api imports only api and model",
                "events -> service: events imports neither service, rest nor messaging\n"
                        + "  org/example/shop/events/InvoiceSent.java:3: "
                        + "import static org.example.shop.service.OrderService.*;",
                "engine -> model: engine imports nothing of the service outside engine")) {
            assertTrue(all.contains(expected), "missing <" + expected + "> in\n" + all);
        }
        AssertionError e = failure();
        assertTrue(e.getMessage().contains(
                "org/example/shop/engine/Ranker.java:3: import org.example.shop.model.Order;"), e.getMessage());
    }

    @Test
    void fullyQualifiedNamesInCodeCountButCommentsAndStringsDoNot() throws IOException {
        cleanShop();
        source("model", "Note",
                "/** Shown by {@link org.example.shop.rest.OrderResource}. */",
                "public class Note {",
                "    // org.example.shop.rest.OrderResource is where it is shown",
                "    String where = \"org.example.shop.rest.OrderResource\";",
                "    String block = \"\"\"",
                "        import org.example.shop.rest.OrderResource;",
                "        \"\"\";",
                "}");
        assertEquals(List.of(), PackageLayout.of(src, BASE).violations());

        source("api", "Link", "public class Link {",
                "    Class<?> target = org.example.shop.rest.OrderResource.class;", "}");
        AssertionError e = failure();
        assertTrue(e.getMessage().contains("org/example/shop/api/Link.java:4: "
                + "Class<?> target = org.example.shop.rest.OrderResource.class;"), e.getMessage());
    }

    @Test
    void packagesOutsideTheListAreCaughtSubPackagesCountAsTheirTopLevel() throws IOException {
        cleanShop();
        source("mapping", "OrderMapper", "import org.example.shop.model.Order;");
        source("readmodel.views", "OrderRow");
        source("service", "Mapping", "import org.example.shop.mapping.OrderMapper;");
        source("", "ShopApplication");
        List<String> violations = PackageLayout.of(src, BASE).violations();
        String all = String.join("\n", violations);
        assertTrue(all.contains("package org.example.shop.mapping is not one of the service's packages"), all);
        assertTrue(all.contains("  org/example/shop/mapping/OrderMapper.java\n  referenced by "
                + "org/example/shop/service/Mapping.java:3: import org.example.shop.mapping.OrderMapper;"), all);
        assertTrue(all.contains("package org.example.shop.readmodel is not one of"), all);
        assertTrue(all.contains("  org/example/shop/readmodel/views/OrderRow.java"), all);
        assertTrue(all.contains("classes directly in org.example.shop"), all);
        assertTrue(all.contains("  org/example/shop/ShopApplication.java"), all);
        assertEquals(3, violations.size(), all);
        assertTrue(!all.contains("package org.example.shop.rest"), all);
    }

    @Test
    void otherPackageTreesAreIgnoredAndAnEmptyTreeIsAnError() throws IOException {
        Path other = src.resolve("org/example/other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("Thing.java"), "package org.example.other;\nclass Thing {}\n");
        assertThrows(IllegalArgumentException.class, () -> PackageLayout.of(src, BASE));
        assertThrows(IllegalArgumentException.class, () -> PackageLayout.of(src.resolve("missing"), BASE));

        cleanShop();
        Files.writeString(other.resolve("Uses.java"),
                "package org.example.other;\nimport org.example.shop.rest.OrderResource;\nclass Uses {}\n");
        assertEquals(List.of(), PackageLayout.of(src, BASE).violations());
    }

    @Test
    void blankingKeepsLinesAndOffsets() {
        String source = "a /* x\ny */ b // c\n\"s\\\"t\" 'q' \"\"\"\nt\"\"\" d";
        String blanked = PackageLayout.blankCommentsAndLiterals(source);
        assertEquals(source.length(), blanked.length());
        assertEquals(source.lines().count(), blanked.lines().count());
        assertEquals("a b d", blanked.replaceAll("\\s+", " ").strip());
    }
}
