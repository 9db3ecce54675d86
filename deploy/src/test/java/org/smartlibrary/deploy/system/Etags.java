package org.smartlibrary.deploy.system;

import static io.restassured.RestAssured.given;

/**
 * A resource's ETag read the way a client reads it before changing the resource: every write of a versioned
 * resource (its PUT, its DELETE, a command such as a completion) sends it as If-Match, or answers 428.
 */
final class Etags {

    private Etags() {
    }

    /** The ETag a GET of the resource answers now, with this bearer token. */
    static String of(String token, String url) {
        return given().auth().oauth2(token).accept("application/json").when().get(url).then().statusCode(200)
                .extract().header("ETag");
    }
}
