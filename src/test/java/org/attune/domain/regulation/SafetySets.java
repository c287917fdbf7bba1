package org.attune.domain.regulation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled sets the learned safety layer is trained and tuned on: the
 * development set of crisis, calm, heated and idiom messages, a supplement
 * written by Attune's developers, a second one, the French development set and
 * its supplements, the escalation sets, whose crisis messages carry no kind, and
 * eighteen supplements each by one writer. The sets kept for the held-out
 * measures are never read here.
 */
final class SafetySets {

    /** The development set, with a kind for every message. */
    static final Path DEVELOPMENT = Path.of("src/test/resources/safety/development-messages.jsonl");

    /**
     * Messages written by Attune's developers to widen what the learned layer
     * has seen (veiled threats, fear, own anger, children, and their harmless
     * look-alikes). Trained on, never measured on.
     */
    static final Path SUPPLEMENTARY = Path.of("src/test/resources/safety/supplementary-messages.jsonl");

    /**
     * A second supplement, 965 messages written for Attune by a writer who saw
     * neither the screen's code nor any other labelled set. Trained on, never
     * measured on.
     */
    static final Path SECOND_SUPPLEMENT = Path.of("src/test/resources/safety/second-supplement-messages.jsonl");

    /**
     * The French development set, 660 messages written in French for Attune by
     * a writer who saw neither the screen's code nor any other labelled set.
     * Trained on; measured only by cross-validation.
     */
    static final Path FRENCH_DEVELOPMENT = Path.of("src/test/resources/safety/fr-development-messages.jsonl");

    /**
     * The two English supplements carried over into French, message by message
     * with the same labels, by a writer who saw no other set. Trained on,
     * never measured on.
     */
    static final Path FRENCH_ADAPTED = Path.of("src/test/resources/safety/fr-adapted-messages.jsonl");

    /**
     * A French supplement, 900 messages written in French for Attune by a
     * writer who saw no other set, weighted towards what the French
     * development set's cross-validation missed. Trained on, never measured on.
     */
    static final Path FRENCH_SUPPLEMENT = Path.of("src/test/resources/safety/fr-supplement-messages.jsonl");

    /**
     * Eighteen supplements, each written for Attune by one writer who saw no code and no other
     * set: a third English and a second French one; English and French look-alikes (a crisis and
     * a harmless message sharing a phrase); English and French routines told about someone;
     * English and French feelings said in an attachment-based session, with their crisis twins;
     * English and French fear of what a person will do after the session, with harmless twins;
     * six in one voice each, in both languages: typed on a phone, couples married a long time,
     * written to the therapist; and English and French everyday talk of a live room. Trained on
     * since the eleventh candidate of the learned layer; {@code SafetyWriterValidation} leaves
     * each out in turn to judge settings by writers the model has not seen.
     */
    static final List<Path> WRITERS = Stream.of(
                    "third-supplement",
                    "lookalike-supplement",
                    "routine-supplement",
                    "attachment-supplement",
                    "fear-supplement",
                    "text-supplement",
                    "long-married-supplement",
                    "to-therapist-supplement",
                    "room-talk-supplement",
                    "fr-second-supplement",
                    "fr-lookalike-supplement",
                    "fr-routine-supplement",
                    "fr-attachment-supplement",
                    "fr-fear-supplement",
                    "fr-text-supplement",
                    "fr-long-married-supplement",
                    "fr-to-therapist-supplement",
                    "fr-room-talk-supplement")
            .map(name -> Path.of("src/test/resources/safety/" + name + "-messages.jsonl"))
            .toList();

    /**
     * Two supplements of crises named plainly in the writer's own life, each beside a harmless twin
     * naming the same subject in a frame (a course, a documentary, a job), English and French, each
     * by one writer who saw no code and no other set. Not trained on: trained on, they raised the
     * learned layer's false alarms on calm messages (the sixteenth candidate). The screen is read on
     * them as on a held-out set.
     */
    static final List<Path> NAMED = List.of(
            Path.of("src/test/resources/safety/named-supplement-messages.jsonl"),
            Path.of("src/test/resources/safety/fr-named-supplement-messages.jsonl"));

    /** The escalation sets, in the order they are shipped. */
    static final List<Path> ESCALATION = List.of(
            Path.of("src/test/resources/escalation/labelled-messages.jsonl"),
            Path.of("src/test/resources/escalation/held-out-messages.jsonl"),
            Path.of("src/test/resources/escalation/safety-fresh-messages.jsonl"));

    /** Where the examples ship. */
    static final Path SHIPPED = Path.of("src/main/resources/safety/examples.tsv");

    /** A labelled message with the set it came from and whether it is a threat by the writer. */
    record Message(String set, String category, boolean safety, boolean threat, String text) {
        SafetyModel.Example example() {
            return new SafetyModel.Example(category, safety, text);
        }
    }

    private SafetySets() {}

    static List<Message> development() {
        return Files.exists(DEVELOPMENT) ? read(DEVELOPMENT) : List.of();
    }

    /** Every set, the development set first. */
    static List<Message> all() {
        List<Message> out = new ArrayList<>(development());
        out.addAll(others());
        return out;
    }

    /** Every set but the development set: what a cross-validation on it always trains on. */
    static List<Message> others() {
        List<Message> out = new ArrayList<>(read(SUPPLEMENTARY));
        out.addAll(read(SECOND_SUPPLEMENT));
        out.addAll(read(FRENCH_DEVELOPMENT));
        out.addAll(read(FRENCH_ADAPTED));
        out.addAll(read(FRENCH_SUPPLEMENT));
        ESCALATION.forEach(p -> out.addAll(read(p)));
        WRITERS.forEach(p -> out.addAll(read(p)));
        return out;
    }

    /** The English sets alone: what the screen learned from before it learned French. */
    static List<Message> english() {
        return all().stream().filter(m -> !m.set().startsWith("fr-")).toList();
    }

    /** Every set but the French development set: what a cross-validation on that one always trains on. */
    static List<Message> allButFrench() {
        String french = FRENCH_DEVELOPMENT.getFileName().toString().replace(".jsonl", "");
        return all().stream().filter(m -> !m.set().equals(french)).toList();
    }

    /** The examples file as the sets give it: one "kind, tab, 1 or 0, tab, text" line per message. */
    static String examplesFile() {
        StringBuilder out = new StringBuilder();
        for (Message m : all()) {
            out.append(m.category())
                    .append('\t')
                    .append(m.safety() ? '1' : '0')
                    .append('\t')
                    .append(m.text().replaceAll("[\\t\\r\\n]+", " "))
                    .append('\n');
        }
        return out.toString();
    }

    static List<Message> read(Path file) {
        String set = file.getFileName().toString().replace(".jsonl", "");
        List<Message> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject o = reader.readObject();
                    out.add(new Message(
                            set,
                            o.getString("category"),
                            o.getBoolean("safety"),
                            o.getBoolean("threat", false),
                            o.getString("text")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
