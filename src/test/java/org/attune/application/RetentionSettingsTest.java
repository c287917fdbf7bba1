package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

    @Test
    void tenYearsEverywhereAndADailyRunUnlessThePracticeSaysOtherwise() {
        RetentionSettings retention = Settings.from(Map.of()).retention();
        assertThat(retention.policy().yearsFor("CA")).isEqualTo(10);
        assertThat(retention.policy().yearsFor(null)).isEqualTo(10);
        assertThat(retention.sweepEvery()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void periodsByRegionAreReadAndWhatCannotBeReadIsLeftOut() {
        RetentionSettings retention = Settings.from(Map.of(
                        "attune.retention.years", "7",
                        "attune.retention.years-by-region", " ca=10, US = 6 ,GB=zero,IE,=3",
                        "attune.retention.sweep-minutes", "60"))
                .retention();
        assertThat(retention.policy().yearsByRegion()).containsOnly(Map.entry("CA", 10), Map.entry("US", 6));
        assertThat(retention.policy().yearsFor("GB")).isEqualTo(7);
        assertThat(retention.sweepEvery()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aPeriodBelowOneYearCountsAsNotSet() {
        assertThat(Settings.from(Map.of("attune.retention.years", "0"))
                        .retention()
                        .policy()
                        .defaultYears())
                .isEqualTo(10);
    }
}
