package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.cycle.CycleInTheRoom;
import org.attune.domain.cycle.Move;
import org.attune.domain.cycle.Need;
import org.attune.domain.cycle.SofterEmotion;
import org.attune.domain.regulation.Coach;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.regulation.Signal;
import org.attune.domain.turn.ConversationStep;
import org.attune.domain.turn.Feeling;
import org.attune.domain.turn.SpeakerListenerProtocol;
import org.junit.jupiter.api.Test;

/**
 * The page says the server's steps, feelings, exercises, advice, repair phrases,
 * cycle words and crisis lines from its bundles, by their codes, in the person's language.
 * The English bundle holds exactly the server's English, for every code the
 * server has, so that an English page reads what the server says, word for word.
 */
class ServerWordsInTheBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/webapp/i18n");

    @Test
    void theEnglishBundleSaysEveryServerWordAsTheServerDoesAndFrenchHasEachOfThem() throws IOException {
        JsonObject english = bundle("en");
        JsonObject french = bundle("fr");
        Map<String, String> server = serverWords();

        assertThat(server).hasSizeGreaterThan(140);
        server.forEach((key, text) -> {
            assertThat(english.containsKey(key)).as("en.json has %s", key).isTrue();
            assertThat(english.getString(key)).as(key).isEqualTo(text);
            assertThat(french.containsKey(key)).as("fr.json has %s", key).isTrue();
            assertThat(french.getString(key)).as(key).isNotBlank().isNotEqualTo(translated(key, text) ? text : "");
        });
        List<String> stale = english.keySet().stream()
                .filter(key -> key.matches(
                        "(step|feeling|exercise|advice|repair-phrase|cycle\\.(move|need|softer)|coaching\\.hint|reminder)\\..*"
                                + "|crisis\\.(region|emergency-number)\\..*|crisis\\.[a-z0-9-]+\\.(name|contact|when)"))
                .filter(key -> !server.containsKey(key))
                .toList();
        assertThat(stale)
                .as("server words in the bundles the server no longer has")
                .isEmpty();
    }

    private static Map<String, String> serverWords() {
        Map<String, String> words = new LinkedHashMap<>();
        for (ConversationStep step : ConversationStep.values()) {
            words.put("step." + step.wireName() + ".stem", step.stem());
            words.put("step." + step.wireName() + ".prompt", step.prompt());
            if (!step.againPrompt().equals(step.prompt())) {
                words.put("step." + step.wireName() + ".again", step.againPrompt());
            }
        }
        for (Feeling feeling : Feeling.values()) {
            words.put("feeling." + feeling.wireName(), feeling.label());
        }
        for (Exercise exercise : Exercise.values()) {
            String prefix = "exercise." + exercise.wireName();
            words.put(prefix + ".title", exercise.title());
            words.put(prefix + ".description", exercise.description());
            for (int i = 0; i < exercise.steps().size(); i++) {
                words.put(prefix + ".step." + i, exercise.steps().get(i).text());
            }
        }
        for (Signal signal : Signal.values()) {
            words.put("advice." + signal.wireName(), signal.advice());
        }
        for (RepairPhrase phrase : RepairPhrase.values()) {
            words.put("repair-phrase." + phrase.wireName(), phrase.text());
        }
        for (Move move : Move.values()) {
            words.put("cycle.move." + move.wireName(), move.label());
        }
        for (Need need : Need.values()) {
            words.put("cycle.need." + need.wireName(), need.label());
        }
        for (SofterEmotion softer : SofterEmotion.values()) {
            words.put("cycle.softer." + softer.wireName(), softer.label());
        }
        for (String code : CrisisResources.codes()) {
            CrisisResources.Region region = CrisisResources.region(code).orElseThrow();
            words.put("crisis.region." + code, region.name());
            words.put("crisis.emergency-number." + code, region.emergency());
            for (CrisisResources.Resource line : region.resources()) {
                words.put("crisis." + line.id() + ".name", line.name());
                words.put("crisis." + line.id() + ".contact", line.contact());
                if (!line.when().isEmpty()) {
                    words.put("crisis." + line.id() + ".when", line.when());
                }
            }
        }
        words.put("reminder." + SpeakerListenerProtocol.NAME, SpeakerListenerProtocol.REMINDER);
        words.put("cycle.room-line", CycleInTheRoom.ROOM_LINE);
        words.put("coaching.i-statement", Coach.I_STATEMENT);
        String iStatement = "\"" + Coach.I_STATEMENT + "\"";
        words.put(
                "coaching.hint.calm",
                hintFor("Can we talk about the weekend plans tonight?").replace(iStatement, "\"{iStatement}\""));
        words.put("coaching.hint.start", hintFor("You ALWAYS ignore me!!!").replace(iStatement, "\"{iStatement}\""));
        words.put("coaching.hint.heavy", hintFor("I want to kill myself."));
        return words;
    }

    /** Whether French must say it in its own words: a crisis line keeps its official name. */
    private static boolean translated(String key, String text) {
        return text.length() > 12 && !key.matches("crisis\\.[a-z0-9-]+\\.name");
    }

    private static String hintFor(String draft) {
        return Coach.coach(draft).hint();
    }

    private static JsonObject bundle(String language) throws IOException {
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(language + ".json"));
                var json = Json.createReader(reader)) {
            return json.readObject();
        }
    }
}
