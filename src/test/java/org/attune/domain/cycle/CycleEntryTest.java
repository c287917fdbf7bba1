package org.attune.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.junit.jupiter.api.Test;

class CycleEntryTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void anEntryIsReadFromWireNamesWithItsFreeTextFolded() {
        CycleEntry e = CycleEntry.of(
                "pursue", "  anger\n", List.of("hurt", "fear", "hurt"), "to_matter", " I need\tto know I count. ");
        assertThat(e.move()).isEqualTo(Move.PURSUE);
        assertThat(e.surface()).isEqualTo("anger");
        assertThat(e.softer()).containsExactly(SofterEmotion.HURT, SofterEmotion.FEAR);
        assertThat(e.need()).isEqualTo(Need.TO_MATTER);
        assertThat(e.words()).isEqualTo("I need to know I count.");
        assertThat(CycleEntry.of("shut_down", "numb", List.of("shame"), "to_be_safe", "  ")
                        .words())
                .as("blank own words are none")
                .isNull();
    }

    @Test
    void unknownNamesMissingPartsAndLongWordsAreRefusedClearly() {
        refused(() -> CycleEntry.of("sulk", "anger", List.of("hurt"), "to_matter", null), Refusal.BAD_REQUEST, "move");
        refused(() -> CycleEntry.of("pursue", " ", List.of("hurt"), "to_matter", null), Refusal.BAD_REQUEST, "surface");
        refused(() -> CycleEntry.of("pursue", "anger", List.of(), "to_matter", null), Refusal.BAD_REQUEST, "softer");
        refused(
                () -> CycleEntry.of("pursue", "anger", List.of("rage"), "to_matter", null),
                Refusal.BAD_REQUEST,
                "softer emotions are");
        refused(() -> CycleEntry.of("pursue", "anger", List.of("hurt"), "to_win", null), Refusal.BAD_REQUEST, "need");
        refused(
                () -> CycleEntry.of("pursue", "a".repeat(41), List.of("hurt"), "to_matter", null),
                Refusal.TOO_LARGE,
                "40");
        refused(
                () -> CycleEntry.of("pursue", "anger", List.of("hurt"), "to_matter", "w".repeat(281)),
                Refusal.TOO_LARGE,
                "280");
    }

    @Test
    void anEntryReadsBackFromTheRecordAsItWasSet() {
        CycleEntry e =
                CycleEntry.of("withdraw", "going quiet", List.of("fear", "shame"), "to_be_accepted", "I freeze.");
        assertThat(CycleEntry.decode(e.encode())).isEqualTo(e);
        CycleEntry plain = CycleEntry.of("defend", "irritation", List.of("hurt"), "to_be_close", null);
        assertThat(CycleEntry.decode(plain.encode())).isEqualTo(plain);
    }

    @Test
    void everyEditIsANewVersionThatRemembersWhoWhenAndTheSession() {
        CycleEntry alex = CycleEntry.of("pursue", "anger", List.of("hurt"), "to_matter", null);
        CycleEntry sam = CycleEntry.of("withdraw", "numb", List.of("fear"), "to_be_safe", null);
        CycleMap map = CycleMap.EMPTY
                .with("alex", alex, "maya", T0, 1)
                .with("sam", sam, "maya", T0.plusSeconds(60), 1)
                .with("alex", sam, "maya", T0.plusSeconds(120), 0);
        assertThat(map.version()).isEqualTo(3);
        assertThat(map.entries()).containsOnlyKeys("alex", "sam");
        assertThat(map.of("alex")).contains(sam);
        assertThat(map.versionOf("alex")).isEqualTo(3);
        assertThat(map.versionOf("sam")).isEqualTo(2);
        assertThat(map.versions())
                .extracting(CycleMap.Version::version, CycleMap.Version::member, CycleMap.Version::session)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "alex", 1),
                        org.assertj.core.groups.Tuple.tuple(2, "sam", 1),
                        org.assertj.core.groups.Tuple.tuple(3, "alex", 0));
        assertThat(CycleMap.EMPTY.version()).isZero();
    }

    @Test
    void thePromptUsesThePersonsOwnPartAndTheRoomLineNamesNobody() {
        CycleEntry alex = CycleEntry.of(
                "criticise", "anger", List.of("hurt", "loneliness", "fear"), "to_matter", "I want to know I count.");
        assertThat(CycleInTheRoom.prompt(alex))
                .isEqualTo("Under the anger, is there hurt, loneliness or fear? You named a need to matter."
                        + " In your words: “I want to know I count.”");
        assertThat(CycleInTheRoom.prompt(CycleEntry.of("withdraw", "numbness", List.of("shame"), "to_be_safe", null)))
                .isEqualTo("Under the numbness, is there shame? You named a need to be safe.");
        assertThat(CycleInTheRoom.ROOM_LINE).contains("cycle").doesNotContain("you are", "your partner");
    }

    @Test
    void theRoomSaysItAgainOnlyAfterTenMinutes() {
        assertThat(CycleInTheRoom.mayAgain(null, T0)).isTrue();
        assertThat(CycleInTheRoom.mayAgain(T0, T0.plus(Duration.ofMinutes(9)))).isFalse();
        assertThat(CycleInTheRoom.mayAgain(T0, T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    private static void refused(Runnable r, Refusal refusal, String mentions) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal))
                .hasMessageContaining(mentions);
    }
}
