package org.attune.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.attune.application.Settings;
import org.junit.jupiter.api.Test;

/**
 * The gate in front of the demo data. The seeder here has no repository, no
 * engine and no services: any attempt to seed would fail on them, so an empty
 * answer means it did not try.
 */
class DemoDataTest {

    private static DemoData seederWith(Map<String, String> values) {
        DemoData seeder = new DemoData();
        seeder.settings = Settings.from(values);
        return seeder;
    }

    @Test
    void aProductionServerSeedsNothingEvenWhenAskedTo() {
        DemoData seeder = seederWith(Map.of("attune.profile", "production", "attune.demo-data", "true"));

        assertThat(seeder.settings.demoData()).isFalse();
        assertThat(seeder.seedIfEmpty()).isEmpty();
    }

    @Test
    void aServerWithoutAProfileSeedsNothing() {
        DemoData seeder = seederWith(Map.of("attune.demo-data", "true"));

        assertThat(seeder.seedIfEmpty()).isEmpty();
    }

    @Test
    void aDevelopmentServerSeedsOnlyWhenAskedTo() {
        assertThat(Settings.from(Map.of("attune.profile", "development")).demoData())
                .as("the tests run in development and seed nothing")
                .isFalse();
        assertThat(seederWith(Map.of("attune.profile", "development")).seedIfEmpty())
                .isEmpty();
        assertThat(Settings.from(Map.of("attune.profile", "development", "attune.demo-data", "true"))
                        .demoData())
                .isTrue();
    }
}
