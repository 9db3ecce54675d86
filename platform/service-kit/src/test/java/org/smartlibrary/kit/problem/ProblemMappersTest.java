package org.smartlibrary.kit.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ProblemMappersTest {

    @Test
    void malformedJsonIsAProblemWithoutStackTrace() {
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/malformed-json"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/widgets"))
                .body(not(containsString("at org.")));
    }

    @Test
    void unknownFieldIsNamed() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"owner\":\"mallory\"}")
                .when().post("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("owner"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void validationErrorsNameTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\"}")
                .when().post("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/validation"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":[1,2]}")
                .when().post("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/widgets")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
