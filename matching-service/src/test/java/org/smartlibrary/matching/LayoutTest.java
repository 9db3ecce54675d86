package org.smartlibrary.matching;

import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.layout.PackageLayout;

import java.nio.file.Path;

/**
 * The packages of the service keep the one service shape (rest, api, service, model, repository, events, messaging,
 * config, engine): dependencies point one way and form no cycle. A plain scan of the sources, see
 * {@link PackageLayout}.
 */
class LayoutTest {

    @Test
    void packagesFollowTheServiceShape() {
        PackageLayout.of(Path.of("src/main/java"), "org.smartlibrary.matching").assertLayout();
    }
}
