package org.smartlibrary.matching.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.engine.MatchSettings;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The match settings of {@link MatchingConfig}: their defaults, and what startup refuses (validated as Quarkus does). */
class MatchingConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void theDefaultsAreTheEnginesDefaults() {
        MatchingConfig config = config(Map.of());

        assertThat(config.lead().shortTermDays()).isEqualTo(90);
        assertThat(config.lead().longTermMonths()).isEqualTo(24);
        assertThat(config.longTermHorizonYears()).isEqualTo(3);
        assertThat(config.freshness().staleAfterMonths()).isEqualTo(12);
        assertThat(config.alternativesPerNeed()).isEqualTo(5);
        assertThat(config.matchSettings()).isEqualTo(MatchSettings.DEFAULTS);
    }

    @Test
    void everySettingIsConfigurable() {
        MatchingConfig config = config(Map.of("slp.matching.lead.short-term-days", "30",
                "slp.matching.lead.long-term-months", "0", "slp.matching.long-term-horizon-years", "5",
                "slp.matching.freshness.stale-after-months", "6", "slp.matching.alternatives-per-need", "0"));

        assertThat(config.matchSettings()).isEqualTo(new MatchSettings(30, 0, 5, 6, 0));
    }

    @Test
    void aNegativeLeadIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of("slp.matching.lead.short-term-days", "-1")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("slp.matching.lead.short-term-days")
                .hasMessageContaining("must be 0 or more");
        assertThatThrownBy(() -> config(Map.of("slp.matching.lead.long-term-months", "-3")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("slp.matching.lead.long-term-months");
    }

    @Test
    void aHorizonOrStalePeriodBelowOneAndNegativeAlternativesAreRefused() {
        assertThatThrownBy(() -> config(Map.of("slp.matching.long-term-horizon-years", "0")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("slp.matching.long-term-horizon-years");
        assertThatThrownBy(() -> config(Map.of("slp.matching.freshness.stale-after-months", "0")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("slp.matching.freshness.stale-after-months");
        assertThatThrownBy(() -> config(Map.of("slp.matching.alternatives-per-need", "-1")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("slp.matching.alternatives-per-need");
    }

    @Test
    void partnerChangesSettleTwoSecondsAndWaitAtMostAMinuteByDefault() {
        MatchingConfig config = config(Map.of());

        assertThat(config.partnerChange().settle()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.partnerChange().maxWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config(Map.of("slp.matching.partner-change.settle", "0s")).partnerChange().settle()).isZero();
    }

    @Test
    void aNegativePartnerChangeSettleTimeOrMaximumWaitIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of("slp.matching.partner-change.settle", "-1s")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("slp.matching.partner-change.settle")
                .hasMessageContaining("must be 0 or more");
        assertThatThrownBy(() -> config(Map.of("slp.matching.partner-change.max-wait", "-5s")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("slp.matching.partner-change.max-wait");
    }

    private static MatchingConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(MatchingConfig.class)
                // Quarkus writes durations as "500ms", "5m"
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withValidator(new BeanValidationConfigValidator() {
                    @Override
                    public Validator getValidator() {
                        return VALIDATOR;
                    }
                })
                .build();
        return config.getConfigMapping(MatchingConfig.class);
    }
}
