package org.smartlibrary.testkit.security;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One operation of a service's OpenAPI document, as the security matrix needs it.
 *
 * @param roles          the roles of its bearer security requirement; empty when the operation is public
 * @param pathParameters names of the path parameters, in order
 * @param requestExample the JSON request body example, or null when the operation takes no JSON body
 */
public record ApiOperation(String method, String path, boolean secured, List<String> roles,
                           List<String> pathParameters, JsonNode requestExample) {

    public boolean idBearing() {
        return !pathParameters.isEmpty();
    }

    public boolean isRead() {
        return method.equals("GET");
    }

    /** The path with each {parameter} replaced by its value. */
    public String resolve(Map<String, String> values) {
        String resolved = path;
        for (String parameter : pathParameters) {
            String value = values.get(parameter);
            if (value == null) {
                throw new IllegalArgumentException("no fixture value for path parameter '" + parameter + "' of " + this);
            }
            resolved = resolved.replace("{" + parameter + "}", value);
        }
        return resolved;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
