package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.engine.AssessmentInput;
import org.smartlibrary.matching.engine.NeedInput;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** An assessment-completed payload, 1.0 or 1.1, as the engine's input. */
class AssessmentInputsTest {

    private static final ObjectMapper EVENT_JSON = new ObjectMapper().findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aMoneyNeedsPeriodReachesTheEngine() throws IOException {
        AssessmentInput input = AssessmentInputs.from(completed("rural-library-connectivity-revision-2"));

        assertThat(input.needs()).anySatisfy(need -> {
            assertThat(need.amount()).isNotNull();
            assertThat(need.period()).isEqualTo("YEAR");
        });
        assertThat(input.needs()).filteredOn(need -> need.quantity() != null)
                .isNotEmpty().allSatisfy(need -> assertThat(need.period()).isNull());
    }

    @Test
    void aNeedWithoutPeriodHasNone() throws IOException {
        AssessmentInput input = AssessmentInputs.from(completed("city-library-coding-club"));

        assertThat(input.needs()).hasSize(5).extracting(NeedInput::period).containsOnlyNulls();
        assertThat(input.needs()).extracting(NeedInput::type).contains("FINANCIAL.PROGRAM");
    }

    private static AssessmentCompleted completed(String example) throws IOException {
        try (InputStream in = AssessmentInputsTest.class.getResourceAsStream(
                "/contracts/events/assessment-completed/v1/examples/" + example + ".json")) {
            JsonNode event = EVENT_JSON.readTree(in);
            return EVENT_JSON.treeToValue(event.get("payload"), AssessmentCompleted.class);
        }
    }
}
