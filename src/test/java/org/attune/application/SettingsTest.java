package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void withNothingSetEachSettingHasItsDefault() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.allowedOrigins()).containsExactly("http://localhost:8080");
        assertThat(settings.maxFrameBytes()).isEqualTo(65536);
        assertThat(settings.commandsPerMinute()).isEqualTo(100);
        assertThat(settings.coachPerMinute()).isEqualTo(30);
        assertThat(settings.invitationsPerMinute()).isEqualTo(30);
        assertThat(settings.acceptsPerMinute()).isEqualTo(10);
        assertThat(settings.heartbeatPeriod()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.silenceLimit()).isEqualTo(Duration.ofSeconds(75));
        assertThat(settings.shards()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        assertThat(settings.crisisRegion()).isEmpty();
        assertThat(settings.safetyContact()).isEmpty();
        assertThat(settings.oidcProviderUrl()).isEqualTo("http://localhost:8180/realms/attune");
        assertThat(settings.oidcClientId()).isEqualTo("attune-web");
        assertThat(settings.databaseWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.quickExitAddress()).isEqualTo("https://www.bbc.com/weather");
    }

    @Test
    void theQuickExitGoesToThePracticesNeutralSiteWhenItIsAWebAddress() {
        assertThat(Settings.from(Map.of("attune.quick-exit.address", "https://www.met.ie/"))
                        .quickExitAddress())
                .isEqualTo("https://www.met.ie/");
        assertThat(Settings.from(Map.of("attune.quick-exit.address", "javascript:alert(1)"))
                        .quickExitAddress())
                .as("only an http or https address")
                .isEqualTo(Settings.DEFAULT_QUICK_EXIT_ADDRESS);
        assertThat(Settings.from(Map.of("attune.quick-exit.address", "/weather"))
                        .quickExitAddress())
                .as("an address of its own, not a page of Attune's")
                .isEqualTo(Settings.DEFAULT_QUICK_EXIT_ADDRESS);
    }

    @Test
    void theDatabaseIsNamedInTheLogByItsAddressWithoutParametersOrLogin() {
        assertThat(Settings.from(Map.of("attune.db.url", "jdbc:postgresql://db:5432/attune?password=secret&ssl=true"))
                        .databaseAddress())
                .isEqualTo("db:5432/attune");
        assertThat(Settings.from(Map.of("attune.db.url", "jdbc:postgresql://me:secret@db/attune"))
                        .databaseAddress())
                .isEqualTo("db/attune");
        assertThat(Settings.from(Map.of("attune.db.url", "jdbc:h2:file:/var/attune/attune;WRITE_DELAY=0"))
                        .databaseAddress())
                .isEqualTo("file:/var/attune/attune");
        assertThat(Settings.from(Map.of("attune.db.wait-seconds", "5")).databaseWait())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void eachSettingIsReadFromItsProperty() {
        Settings settings = Settings.from(Map.ofEntries(
                Map.entry("attune.live.allowed-origins", "https://attune.example.org"),
                Map.entry("attune.live.max-frame-bytes", "4096"),
                Map.entry("attune.live.commands-per-minute", "20"),
                Map.entry("attune.rest.coach-per-minute", "5"),
                Map.entry("attune.rest.invitations-per-minute", "6"),
                Map.entry("attune.rest.accepts-per-minute", "7"),
                Map.entry("attune.live.heartbeat-seconds", "3"),
                Map.entry("attune.live.idle-timeout-seconds", "10"),
                Map.entry("attune.live.shards", "1"),
                Map.entry("attune.crisis.region", "GB"),
                Map.entry("attune.safety.contact", "on-call@practice.example"),
                Map.entry("attune.oidc.provider-url", "https://id.example.org/realms/attune"),
                Map.entry("attune.oidc.client-id", "attune-practice")));

        assertThat(settings.allowedOrigins()).containsExactly("https://attune.example.org");
        assertThat(settings.maxFrameBytes()).isEqualTo(4096);
        assertThat(settings.commandsPerMinute()).isEqualTo(20);
        assertThat(settings.coachPerMinute()).isEqualTo(5);
        assertThat(settings.invitationsPerMinute()).isEqualTo(6);
        assertThat(settings.acceptsPerMinute()).isEqualTo(7);
        assertThat(settings.heartbeatPeriod()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.silenceLimit()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.shards()).isEqualTo(1);
        assertThat(settings.crisisRegion()).contains("GB");
        assertThat(settings.safetyContact()).contains("on-call@practice.example");
        assertThat(settings.oidcProviderUrl()).isEqualTo("https://id.example.org/realms/attune");
        assertThat(settings.oidcClientId()).isEqualTo("attune-practice");
    }

    @Test
    void outsideDevelopmentMissingSecretsAreNamedWithTheVariableToSet() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.development()).isFalse();
        assertThat(settings.secretProblems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("Set ATTUNE_OIDC_CLIENT_SECRET"))
                .anySatisfy(p -> assertThat(p).startsWith("Set ATTUNE_DB_PASSWORD"))
                .anySatisfy(p -> assertThat(p).startsWith("Set ATTUNE_DATA_KEY"));
    }

    @Test
    void outsideDevelopmentTheDevelopmentSecretsAreRefusedWithoutRepeatingThem() {
        Settings settings = Settings.from(Map.of(
                "ATTUNE_OIDC_CLIENT_SECRET", Settings.DEVELOPMENT_CLIENT_SECRET,
                "ATTUNE_DB_PASSWORD", Settings.DEVELOPMENT_DB_PASSWORD,
                "ATTUNE_DATA_KEY", DataKeySettings.DEVELOPMENT_DATA_KEY));

        assertThat(settings.secretProblems())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p)
                        .contains("still the development")
                        .doesNotContain("change-me")
                        .doesNotContain(DataKeySettings.DEVELOPMENT_DATA_KEY))
                .anySatisfy(p -> assertThat(p).contains("ATTUNE_OIDC_CLIENT_SECRET"))
                .anySatisfy(p -> assertThat(p).contains("ATTUNE_DB_PASSWORD"))
                .anySatisfy(p -> assertThat(p).contains("ATTUNE_DATA_KEY"));
    }

    @Test
    void blankSecretsCountAsMissing() {
        Settings settings = Settings.from(
                Map.of("ATTUNE_OIDC_CLIENT_SECRET", " ", "ATTUNE_DB_PASSWORD", "", "ATTUNE_DATA_KEY", "  "));

        assertThat(settings.secretProblems())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p).startsWith("Set "));
    }

    @Test
    void secretsOfTheirOwnAreFine() {
        Settings settings = Settings.from(Map.of(
                "ATTUNE_OIDC_CLIENT_SECRET", "kc-generated-3f9a",
                "ATTUNE_DB_PASSWORD", "a long database password",
                "ATTUNE_DATA_KEY", "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs="));

        assertThat(settings.secretProblems()).isEmpty();
        assertThat(settings.dataKey().key()).isPresent();
    }

    @Test
    void theDevelopmentAndTestCommandsRunWithDevelopmentSecrets() {
        Settings settings = Settings.from(Map.of("attune.profile", "development"));

        assertThat(settings.development()).isTrue();
        assertThat(settings.secretProblems()).isEmpty();
    }

    @Test
    void allowedOriginsAreCommaSeparatedAndBlanksAreSkipped() {
        Settings settings = Settings.from(
                Map.of("attune.live.allowed-origins", " http://localhost:8080 ,, https://attune.example.org/ ,"));

        assertThat(settings.allowedOrigins()).containsExactly("http://localhost:8080", "https://attune.example.org/");
    }

    @Test
    void aNumberThatCannotBeReadLeavesItsDefault() {
        Settings settings = Settings.from(Map.of(
                "attune.live.max-frame-bytes", "64k",
                "attune.live.commands-per-minute", "",
                "attune.live.idle-timeout-seconds", "ninety"));

        assertThat(settings.maxFrameBytes()).isEqualTo(65536);
        assertThat(settings.commandsPerMinute()).isEqualTo(100);
        assertThat(settings.silenceLimit()).isEqualTo(Duration.ofSeconds(75));
    }

    @Test
    void numbersAreReadAsJavaReadsIntegerProperties() {
        Settings settings = Settings.from(Map.of("attune.live.max-frame-bytes", "0x2000"));

        assertThat(settings.maxFrameBytes()).isEqualTo(8192);
    }

    @Test
    void theHeartbeatComesAtMostOnceASecond() {
        assertThat(Settings.from(Map.of("attune.live.heartbeat-seconds", "0")).heartbeatPeriod())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void whatMayWaitOnASocketAndOnAShardHasABoundWithADefault() {
        assertThat(Settings.from(Map.of()).maxQueuedBytes()).isEqualTo(1024 * 1024);
        assertThat(Settings.from(Map.of()).maxQueuedCommands()).isEqualTo(10_000);
        Settings settings = Settings.from(Map.of(
                "attune.live.max-queued-bytes", "0x80000",
                "attune.live.max-queued-commands", "500"));
        assertThat(settings.maxQueuedBytes()).isEqualTo(512 * 1024);
        assertThat(settings.maxQueuedCommands()).isEqualTo(500);
        assertThat(Settings.from(Map.of("attune.live.max-queued-bytes", "10")).maxQueuedBytes())
                .as("never below 64 KiB, the largest frame")
                .isEqualTo(64 * 1024);
    }

    @Test
    void aShardMayWaitAMomentForMoreWorkBeforeItCommits() {
        assertThat(Settings.from(Map.of()).batchWait()).isEqualTo(Duration.ZERO);
        assertThat(Settings.from(Map.of("attune.live.batch-wait-micros", "2000"))
                        .batchWait())
                .isEqualTo(Duration.ofMillis(2));
        assertThat(Settings.from(Map.of("attune.live.batch-wait-micros", "-5")).batchWait())
                .isEqualTo(Duration.ZERO);
    }
}
