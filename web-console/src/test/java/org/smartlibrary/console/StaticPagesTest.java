package org.smartlibrary.console;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The pages are served with the right content types, under a policy that keeps every request on this origin. */
@QuarkusTest
class StaticPagesTest {

    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");
    /** A script, style, image or call that would leave the console's origin. */
    private static final Pattern EXTERNAL = Pattern.compile(
            "(src|href|action)\\s*=\\s*[\"']?(https?:)?//|from\\s+[\"'](https?:)?//|url\\(\\s*[\"']?(https?:)?//"
                    + "|fetch\\(\\s*[\"'](https?:)?//|import\\(\\s*[\"'](https?:)?//", Pattern.CASE_INSENSITIVE);

    @Test
    void theStartPageIsHtmlWithAStrictContentSecurityPolicy() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("type=\"module\""));
    }

    @Test
    void scriptsAreJavaScriptAndStylesAreCss() throws IOException {
        List<Path> scripts = files(".js");
        assertFalse(scripts.isEmpty());
        for (Path script : scripts) {
            given().when().get("/" + PAGES.relativize(script).toString().replace('\\', '/'))
                    .then().statusCode(200).contentType(containsString("javascript"));
        }
        for (Path style : files(".css")) {
            given().when().get("/" + PAGES.relativize(style).toString().replace('\\', '/'))
                    .then().statusCode(200).contentType(startsWith("text/css"));
        }
    }

    @Test
    void noPageLoadsAnythingFromAnotherOrigin() throws IOException {
        for (Path file : files("")) {
            String text = Files.readString(file);
            assertFalse(EXTERNAL.matcher(text).find(), file + " refers to another origin");
        }
    }

    @Test
    void anUnknownPageIs404() {
        given().when().get("/no-such-page.html").then().statusCode(404);
    }

    @Test
    void healthIsUpWithoutTheServices() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(PAGES)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList();
            assertEquals(found.stream().distinct().count(), found.size());
            return found;
        }
    }
}
