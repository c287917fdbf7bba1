package org.attune.domain.regulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The learned layer of the safety screen: three linear models over the words
 * of a message ({@link SafetyFeatures}), trained on messages that people
 * wrote and labelled.
 *
 * <ul>
 *   <li>The <em>safety</em> model (logistic regression) says whether a message
 *       needs a therapist's attention at all. It learns from every example.
 *   <li>The <em>threat</em> model (logistic regression) says whether the
 *       writer threatens someone, openly or veiled. It learns from every
 *       example too: heated ultimatums that threaten no one are its
 *       counter-examples.
 *   <li>The <em>kind</em> model (softmax regression over the kinds of crisis
 *       message, such as coercive control or a veiled threat) says what the
 *       message resembles, and so which {@link SafetyConcern} it raises. It
 *       learns from the crisis examples whose kind is known.
 * </ul>
 *
 * <p>Why trained when the class loads, from examples shipped beside it,
 * rather than from weights committed beside the code: the examples are the
 * model. They can be read, reviewed and corrected in a pull request; weights
 * cannot. Training is deterministic (examples in file order, shuffled by a
 * fixed seed, no threads) and takes a few hundred milliseconds once, so there
 * are no stale weights to guard against: the same examples always give the
 * same model. The models are linear, so reading a message costs a few
 * microseconds, and each word's share of the decision can be shown.
 *
 * <p>Own anger ("I'm scared of what I'll do when I get this angry") is read
 * as {@link SafetyConcern#VIOLENCE}: it tells of violence that may come from
 * the writer, which a therapist assesses as a risk of violence. It is not
 * {@link SafetyConcern#FEAR}, which is fear of another person, nor a
 * {@link SafetyConcern#THREAT} to someone in the room, which would pause it.
 */
final class SafetyModel {

    /** One labelled message: its kind (as the sets name it), whether it is a safety concern, its text. */
    record Example(String category, boolean safety, String text) {}

    /**
     * How a model is trained, and where it raises a concern.
     *
     * @param regularisation L2 penalty per example
     * @param epochs passes over the examples
     * @param positiveWeight how much more a missed crisis message costs than a false alarm
     * @param threshold the safety probability from which a concern is raised in a message that
     *     does not read as French
     * @param frenchThreshold the same, in a message that reads as French ({@link MessageLanguage})
     * @param threatThreshold the threat probability from which a threat is raised
     */
    record Settings(
            double regularisation,
            int epochs,
            double positiveWeight,
            double threshold,
            double frenchThreshold,
            double threatThreshold) {
        /**
         * The penalty and weight chosen by writers left out (ten in each language, the
         * development sets among them); each language's threshold where the false alarms on
         * their calm messages and idioms equal those of the screen shipped before. See
         * docs/benchmarks.md, the eleventh candidate.
         */
        static final Settings CHOSEN = new Settings(3e-6, 30, 2.0, 0.64, 0.61, 0.4);

        /**
         * The safety thresholds of a watchful screen, for a member whose own flag of the screen
         * before joint work is open: in each language, the highest at which the writers
         * left out reach recall 0.95 (false alarms on their calm messages and idioms 21 % in
         * English, 28 % in French). See docs/benchmarks.md, "A watchful screen".
         */
        static final double WATCHFUL = 0.33;

        static final double FRENCH_WATCHFUL = 0.33;

        /** The safety threshold for a message read so, by a watchful screen when {@code watchful}. */
        double threshold(SafetyFeatures read, boolean watchful) {
            boolean french = MessageLanguage.french(read);
            double usual = french ? frenchThreshold : threshold;
            return watchful ? Math.min(usual, french ? FRENCH_WATCHFUL : WATCHFUL) : usual;
        }
    }

    /** What the model makes of a message it raises a concern for. */
    record Reading(double probability, SafetyConcern concern, String kind, String words) {}

    /** The kinds of crisis message the sets name, the concern each raises, and how a therapist reads it. */
    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("explicit_ideation", new Kind(SafetyConcern.SELF_HARM, "thoughts of suicide")),
            Map.entry("indirect_ideation", new Kind(SafetyConcern.SELF_HARM, "thoughts of not being around")),
            Map.entry("self_harm", new Kind(SafetyConcern.SELF_HARM, "self-harm")),
            Map.entry("everyday_disclosure", new Kind(SafetyConcern.VIOLENCE, "being hurt")),
            Map.entry("own_anger", new Kind(SafetyConcern.VIOLENCE, "fear of one's own anger")),
            Map.entry("child_at_risk", new Kind(SafetyConcern.ABUSE, "a child at risk")),
            Map.entry("coercive_control", new Kind(SafetyConcern.FEAR, "coercive control")),
            Map.entry("fear_of_partner", new Kind(SafetyConcern.FEAR, "fear of a partner")),
            Map.entry("veiled_threat", new Kind(SafetyConcern.THREAT, "a veiled threat")),
            Map.entry("explicit_threat", new Kind(SafetyConcern.THREAT, "a threat")));

    /** A kind of crisis message: the concern it raises, and its name for a therapist. */
    record Kind(SafetyConcern concern, String description) {}

    private static final String EXAMPLES = "/safety/examples.tsv";
    private static final int KIND_BUCKETS = 1 << 16;
    private static final int WORDS_SHOWN = 3;
    private static final int FEWEST_FEATURES = 60;

    private final Settings settings;
    private final float[] safety;
    private final float[] threat;
    private final List<String> kinds;
    private final float[][] kind;

    private SafetyModel(Settings settings, float[] safety, float[] threat, List<String> kinds, float[][] kind) {
        this.settings = settings;
        this.safety = safety;
        this.threat = threat;
        this.kinds = kinds;
        this.kind = kind;
    }

    /** The examples shipped with Attune, in file order: one "kind, tab, 1 or 0, tab, text" line each. */
    static List<Example> shipped() {
        InputStream in = SafetyModel.class.getResourceAsStream(EXAMPLES);
        if (in == null) {
            throw new IllegalStateException("missing resource " + EXAMPLES);
        }
        List<Example> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3) {
                    out.add(new Example(parts[0], parts[1].equals("1"), parts[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A model trained on these examples; the same examples and settings always give the same model. */
    static SafetyModel train(List<Example> examples, Settings settings) {
        List<SafetyFeatures> read =
                examples.stream().map(e -> SafetyFeatures.of(e.text())).toList();
        boolean[] concern = new boolean[examples.size()];
        boolean[] threatens = new boolean[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            concern[i] = examples.get(i).safety();
            Kind k = KINDS.get(examples.get(i).category());
            threatens[i] = concern[i] && k != null && k.concern() == SafetyConcern.THREAT;
        }
        float[] safety = SafetyTraining.logistic(concern, read, settings);
        float[] threat = SafetyTraining.logistic(threatens, read, settings);
        List<String> kinds = KINDS.keySet().stream()
                .filter(k -> examples.stream().anyMatch(e -> e.category().equals(k)))
                .sorted()
                .toList();
        float[][] kind = SafetyTraining.softmax(examples, read, kinds, KIND_BUCKETS, settings);
        return new SafetyModel(settings, safety, threat, kinds, kind);
    }

    /** The chance, 0–1, that the message is a safety concern. */
    double probability(String text) {
        return probability(SafetyFeatures.of(text));
    }

    private double probability(SafetyFeatures f) {
        return sigmoid(score(safety, f, SafetyFeatures.BUCKETS));
    }

    /**
     * The concerns the model raises for a message: a threat when the threat
     * model says so; and, when the message is a concern at all (to the safety
     * model, or to the cues that already read it), the concern of the kind it
     * resembles most. Empty when it raises none.
     */
    List<Reading> read(String text, boolean cuesRaised) {
        return read(text, cuesRaised, false);
    }

    /** As {@link #read(String, boolean)}, by a watchful screen when {@code watchful} ({@link Settings#WATCHFUL}). */
    List<Reading> read(String text, boolean cuesRaised, boolean watchful) {
        SafetyFeatures f = SafetyFeatures.of(text);
        double p = probability(f);
        double pThreat = sigmoid(score(threat, f, SafetyFeatures.BUCKETS));
        boolean threatens = pThreat >= settings.threatThreshold();
        boolean raised = threatens || cuesRaised;
        if (kinds.isEmpty() || !(raised || p >= settings.threshold(f, watchful))) {
            return List.of();
        }
        List<Reading> out = new ArrayList<>(2);
        if (threatens) {
            String likeliest = likeliestKind(f, SafetyConcern.THREAT);
            out.add(reading(text, f, pThreat, likeliest, threat));
        }
        // What only the watchful threshold raises is never read as a threat: the writer is the person at
        // risk, and a threat is held without the offer to share it, and without resources for its writer.
        boolean watchfulOnly = watchful && !raised && p < settings.threshold(f, false);
        String likeliest = watchfulOnly ? likeliestKindBut(f, SafetyConcern.THREAT) : likeliestKind(f, null);
        if (!(threatens && KINDS.get(likeliest).concern() == SafetyConcern.THREAT)) {
            out.add(reading(text, f, p, likeliest, safety));
        }
        return out;
    }

    private Reading reading(String text, SafetyFeatures f, double p, String kind, float[] weights) {
        Kind k = KINDS.get(kind);
        return new Reading(
                p,
                k.concern(),
                kind,
                "resembles " + k.description() + ": \u201c" + strongestWords(text, f, weights) + "\u201d");
    }

    /** The kind of crisis message the text resembles most, as the sets name it. */
    String likeliestKind(String text) {
        return kinds.isEmpty() ? null : likeliestKind(SafetyFeatures.of(text), null);
    }

    /** The likeliest kind, among those that raise {@code only} when it is given. */
    private String likeliestKind(SafetyFeatures f, SafetyConcern only) {
        return likeliestKind(f, only, null);
    }

    /** The likeliest kind among those that do not raise {@code not}. */
    private String likeliestKindBut(SafetyFeatures f, SafetyConcern not) {
        return likeliestKind(f, null, not);
    }

    private String likeliestKind(SafetyFeatures f, SafetyConcern only, SafetyConcern not) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < kinds.size(); k++) {
            SafetyConcern concern = KINDS.get(kinds.get(k)).concern();
            if (only != null && concern != only || concern == not) {
                continue;
            }
            double s = score(kind[k], f, KIND_BUCKETS);
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return best < 0 ? "explicit_threat" : kinds.get(best);
    }

    /**
     * The three neighbouring words that weighed most towards a concern, less
     * any at either end that weighed against it: each feature's weight is
     * shared among the words it came from.
     */
    private String strongestWords(String text, SafetyFeatures f, float[] weights) {
        if (f.words == 0) {
            return text.strip();
        }
        double[] weight = new double[f.words];
        double scale = scale(f);
        for (int i = 0; i < f.count; i++) {
            int span = f.lastWord[i] - f.firstWord[i] + 1;
            double share = weights[f.bucket[i]] * scale / span;
            for (int w = f.firstWord[i]; w <= f.lastWord[i]; w++) {
                weight[w] += share;
            }
        }
        int size = Math.min(WORDS_SHOWN, f.words);
        int first = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int from = 0; from + size <= f.words; from++) {
            double sum = 0;
            for (int w = from; w < from + size; w++) {
                sum += weight[w];
            }
            if (sum > best) {
                best = sum;
                first = from;
            }
        }
        int last = first + size - 1;
        while (last > first && weight[last] <= 0) {
            last--;
        }
        while (first < last && weight[first] <= 0) {
            first++;
        }
        return f.words(text, first, last);
    }

    /**
     * Each feature counts 1/√n in a message of n features, so that long
     * messages weigh no more than short ones; but n is at least 60 (a message
     * of about four words), so that one or two words alone ("I promise.")
     * cannot weigh as much as a whole sentence.
     */
    static double scale(SafetyFeatures f) {
        return f.count == 0 ? 0 : 1 / Math.sqrt(Math.max(f.count, FEWEST_FEATURES));
    }

    /** The weights' sum over the message's features, plus the bias kept in the last place. */
    static double score(float[] weights, SafetyFeatures f, int buckets) {
        double sum = 0;
        int mask = buckets - 1;
        for (int i = 0; i < f.count; i++) {
            sum += weights[f.bucket[i] & mask];
        }
        return sum * scale(f) + weights[buckets];
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
