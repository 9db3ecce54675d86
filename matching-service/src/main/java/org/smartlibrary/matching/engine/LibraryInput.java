package org.smartlibrary.matching.engine;

import java.util.Objects;

/**
 * The assessed library. Region and city are compared case-insensitively with partner service areas.
 * Latitude and longitude are optional and carried for the record only: partners have no coordinates yet,
 * so locality is scored from city / region / national / remote.
 */
public record LibraryInput(String id, String region, String city, Double latitude, Double longitude) {

    public LibraryInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(city, "city");
    }
}
