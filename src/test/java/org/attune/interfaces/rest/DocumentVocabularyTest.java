package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.domain.Language;
import org.attune.domain.WireNamed;
import org.attune.domain.Words;
import org.attune.domain.cycle.CycleStep;
import org.attune.domain.cycle.Move;
import org.attune.domain.cycle.Need;
import org.attune.domain.cycle.SofterEmotion;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.practice.PracticeKind;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.Flooding;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.RepairAttempts;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.regulation.SafeToTalkAnswer;
import org.attune.domain.regulation.SafetyConcern;
import org.attune.domain.regulation.Signal;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.PersonalExport;
import org.attune.domain.turn.AppreciationProtocol;
import org.attune.domain.turn.ConversationStep;
import org.attune.domain.turn.Feeling;
import org.attune.domain.turn.FloorProtocol;
import org.attune.domain.turn.ImagoProtocol;
import org.attune.domain.turn.OpenProtocol;
import org.attune.domain.turn.RepairProtocol;
import org.attune.domain.turn.RoundProtocol;
import org.attune.domain.turn.SpeakerListenerProtocol;
import org.attune.security.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * The server's own vocabulary in its documents: each code it has (a feeling,
 * a step, a signal, an audit action…) has its word in both bundles, the
 * English word for word as the documents said it before they had a French,
 * and no word is left for a code the server no longer has.
 */
class DocumentVocabularyTest {

    /** Every family of words by code, with the English each code read as. */
    private static Map<String, Map<String, String>> families() {
        Map<String, Map<String, String>> f = new LinkedHashMap<>();
        f.put("document.feeling.", codes(Feeling.values(), Feeling::label));
        f.put("document.step-name.", codes(ConversationStep.values(), ConversationStep::wireName));
        f.put("document.step-stem.", codes(ConversationStep.values(), ConversationStep::stem));
        f.put("document.move.", codes(Move.values(), Move::label));
        f.put("document.need.", codes(Need.values(), Need::label));
        f.put("document.softer.", codes(SofterEmotion.values(), SofterEmotion::label));
        f.put("document.repair-phrase.", codes(RepairPhrase.values(), RepairPhrase::text));
        f.put("document.exercise.", codes(Exercise.values(), Exercise::title));
        f.put("document.practice.", codes(PracticeKind.values(), PracticeKind::title));
        Map<String, String> evidence = new LinkedHashMap<>();
        Stream.concat(
                        Stream.concat(
                                Arrays.stream(Signal.values()).map(Signal::wireName),
                                Arrays.stream(SafetyConcern.values()).map(SafetyConcern::wireName)),
                        Stream.of(RepairAttempts.WIRE_NAME, Flooding.WIRE_NAME, "safe_to_talk"))
                .forEach(code -> evidence.put(code, code.replace('_', ' ')));
        f.put("document.evidence.", evidence);
        f.put("document.pause-reason.", codes(PauseReason.values(), PauseReason::wireName));
        f.put("document.answer.", codes(SafeToTalkAnswer.values(), SafeToTalkAnswer::words));
        f.put(
                "document.flag.",
                Stream.of(ScreenAnswers.HITS_POSITIVE, ScreenAnswers.AFRAID, ScreenAnswers.NOT_SAFE_TO_TALK)
                        .collect(Collectors.toMap(c -> c, c -> c.replace('_', ' '))));
        f.put("document.cycle-step.", codes(CycleStep.values(), CycleStep::wireName));
        f.put(
                "document.protocol.",
                Stream.of(
                                OpenProtocol.NAME,
                                FloorProtocol.NAME,
                                SpeakerListenerProtocol.NAME,
                                ImagoProtocol.NAME,
                                RoundProtocol.NAME,
                                RepairProtocol.NAME,
                                AppreciationProtocol.NAME)
                        .collect(Collectors.toMap(c -> c, c -> c)));
        Map<String, String> ruptures = new LinkedHashMap<>();
        for (SessionSummary.RuptureKind k : SessionSummary.RuptureKind.values()) {
            ruptures.put(k.wireName(), k.wireName().replace('_', ' '));
        }
        f.put("document.rupture.", ruptures);
        Map<String, String> repairs = new LinkedHashMap<>();
        for (SessionSummary.RepairKind k : SessionSummary.RepairKind.values()) {
            repairs.put(k.wireName(), k.wireName().replace('_', ' '));
        }
        f.put("document.repair.", repairs);
        Map<String, String> audit = new LinkedHashMap<>();
        for (AuditAction a : AuditAction.values()) {
            String code = a.name().toLowerCase(Locale.ROOT);
            audit.put(code, code.replace('_', ' '));
        }
        f.put("document.audit.", audit);
        f.put(
                "document.role.",
                Map.of("therapist", "a therapist", "participant", "a participant", "observer", "an observer"));
        f.put("document.why.", codes(PersonalExport.Why.values(), PersonalExport.Why::sentence));
        return f;
    }

    private static <T extends WireNamed> Map<String, String> codes(T[] values, Function<T, String> english) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (T value : values) {
            codes.put(value.wireName(), english.apply(value));
        }
        return codes;
    }

    @Test
    void everyCodeHasItsWordInBothLanguagesTheEnglishAsTheServerSaysIt() {
        families()
                .forEach((family, codes) -> codes.forEach((code, english) -> {
                    String key = family + code;
                    assertThat(Words.pattern(key, Language.ENGLISH)).as(key).isEqualTo(english);
                    String french = Words.pattern(key, Language.FRENCH);
                    assertThat(french).as(key).isNotBlank();
                    if (english.length() > 12) {
                        assertThat(french).as("%s is translated", key).isNotEqualTo(english);
                    }
                }));
    }

    @Test
    void noWordIsLeftForACodeTheServerNoLongerHas() {
        families()
                .forEach((family, codes) -> assertThat(Words.keys(Language.ENGLISH).stream()
                                .filter(key -> key.startsWith(family))
                                .map(key -> key.substring(family.length()))
                                .toList())
                        .as(family)
                        .containsExactlyInAnyOrderElementsOf(codes.keySet()));
    }

    @Test
    void theAnswersOfTheSafetyScreenAreTheAnswersOfACheckIn() {
        for (DirectAnswer answer : DirectAnswer.values()) {
            assertThat(Words.pattern("document.answer." + answer.wireName(), Language.FRENCH))
                    .as(answer.wireName())
                    .isNotBlank();
        }
    }

    @Test
    void whatAnExportNeverHoldsIsSaidAsTheJsonExportSaysItAndInFrench() {
        List<String> english = ExportRenderer.NOT_INCLUDED.stream()
                .map(key -> Words.pattern(key, Language.ENGLISH))
                .toList();
        assertThat(english).containsExactlyElementsOf(PersonalExport.NOT_INCLUDED);
        for (String key : ExportRenderer.NOT_INCLUDED) {
            assertThat(Words.pattern(key, Language.FRENCH)).as(key).isNotBlank().doesNotContain("notes they keep");
        }
    }
}
