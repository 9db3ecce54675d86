package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document rendered once is served as the mapper would write it, with refresh_pending as each read decides; a
 * rendering in which anything else depends on refresh_pending, and a kept offset that does not point at it, are
 * refused rather than served wrong.
 */
class RenderedDocumentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    record Document(String name, boolean refreshPending, String note, List<Integer> values) {
    }

    @Test
    void servesWhatTheMapperWritesWithRefreshPendingAsTheReadDecides() throws Exception {
        // a value "false" elsewhere in the document must stay as it is
        Document idle = new Document("Northgate \"false\" Library", false, "refresh_pending:false", List.of(1, 2));
        Document pending = new Document(idle.name(), true, idle.note(), idle.values());

        RenderedDocument rendered = RenderedDocument.render(MAPPER,
                refreshPending -> new Document(idle.name(), refreshPending, idle.note(), idle.values()));

        assertThat(rendered.body(false)).isEqualTo(MAPPER.writeValueAsBytes(idle));
        assertThat(rendered.body(true)).isEqualTo(MAPPER.writeValueAsBytes(pending));
        assertThat(rendered.json()).isEqualTo(MAPPER.writeValueAsBytes(idle));
        String json = new String(rendered.json(), StandardCharsets.UTF_8);
        assertThat(json.substring(rendered.refreshPendingAt())).startsWith("false,\"note\"");
    }

    @Test
    void whatIsKeptServesTheSameBytesAsTheRendering() {
        RenderedDocument rendered = RenderedDocument.render(MAPPER,
                refreshPending -> new Document("Vashon Island Library", refreshPending, null, List.of()));

        RenderedDocument kept = new RenderedDocument(rendered.json().clone(), rendered.refreshPendingAt());

        assertThat(kept.body(false)).isEqualTo(rendered.body(false));
        assertThat(kept.body(true)).isEqualTo(rendered.body(true));
    }

    @Test
    void aRenderingWhereMoreThanRefreshPendingVariesIsRefused() {
        assertThatThrownBy(() -> RenderedDocument.render(MAPPER, refreshPending -> new Document("Library",
                refreshPending, refreshPending ? "queued" : "idle", List.of())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RenderedDocument.render(MAPPER, refreshPending -> new Document("Library",
                false, null, List.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeptOffsetThatDoesNotPointAtRefreshPendingIsRefused() {
        RenderedDocument rendered = RenderedDocument.render(MAPPER,
                refreshPending -> new Document("Library", refreshPending, "false", List.of()));
        byte[] json = rendered.json();

        assertThatThrownBy(() -> new RenderedDocument(json, rendered.refreshPendingAt() + 1))
                .isInstanceOf(IllegalArgumentException.class);
        int otherFalse = new String(json, StandardCharsets.UTF_8).lastIndexOf("false");
        assertThatThrownBy(() -> new RenderedDocument(json, otherFalse)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderedDocument(json, json.length)).isInstanceOf(IllegalArgumentException.class);
    }
}
