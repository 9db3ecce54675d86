package org.smartlibrary.kit.paging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PagingTest {

    @Test
    void cursorPagesVisitEveryItemOnceInStableOrder() {
        for (int i = 0; i < 25; i++) {
            given().contentType(ContentType.JSON).body("{\"name\":\"page-" + (char) ('a' + i) + "\"}")
                    .when().post("/widgets").then().statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/widgets");
            page.then().statusCode(200).body("limit", equalTo(10));
            List<String> names = page.path("items.name");
            seen.addAll(names);
            cursor = page.path("next_cursor");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("rel=\"next\""), page.header("Link"));
            } else {
                assertNull(page.header("Link"));
            }
            pages++;
        } while (cursor != null && pages < 50);

        List<String> ours = seen.stream().filter(name -> name.startsWith("page-")).toList();
        assertEquals(25, ours.size());
        assertEquals(seen.size(), new HashSet<>(seen).size() + duplicatesAllowedFromOtherTests(seen));
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen, "pages come in name order");
    }

    @Test
    void limitOutOfBoundsAndForeignCursorAreProblems() {
        given().queryParam("limit", 101).when().get("/widgets").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 0).when().get("/widgets").then().statusCode(400);
        given().queryParam("limit", "ten").when().get("/widgets").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be a whole number between 1 and 100"));
        given().queryParam("cursor", "not-a-cursor!").when().get("/widgets").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    /** Other tests create widgets with equal names; those repeat legitimately (ids differ). */
    private static int duplicatesAllowedFromOtherTests(List<String> seen) {
        return seen.size() - new HashSet<>(seen).size();
    }
}
