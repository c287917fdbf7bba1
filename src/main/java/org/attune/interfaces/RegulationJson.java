package org.attune.interfaces;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import org.attune.domain.regulation.Coach;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Exercise;

/** The JSON of exercises, crisis resources and coaching, the same on the socket and in the REST API. */
public final class RegulationJson {

    private RegulationJson() {}

    /** An exercise as a client animates it: its steps, repeated {@code cycles} times (0: until the pause ends). */
    public static JsonObjectBuilder exercise(Exercise x) {
        JsonArrayBuilder steps = JsonFactories.array();
        x.steps()
                .forEach(step -> steps.add(JsonFactories.object()
                        .add("action", step.action())
                        .add("seconds", step.seconds())
                        .add("text", step.text())));
        return JsonFactories.object()
                .add("id", x.wireName())
                .add("title", x.title())
                .add("description", x.description())
                .add("cycles", x.cycles())
                .add("steps", steps);
    }

    /**
     * Where to turn in a crisis, for a region: each line with its {@code id},
     * what it is for ({@code needs}: crisis, domestic_violence, youth) and its
     * official page.
     */
    public static JsonObjectBuilder resources(CrisisResources.Region region) {
        JsonArrayBuilder list = JsonFactories.array();
        region.resources().forEach(r -> {
            JsonArrayBuilder needs = JsonFactories.array();
            Arrays.stream(CrisisResources.Need.values())
                    .filter(r.needs()::contains)
                    .forEach(need -> needs.add(need.wireName()));
            list.add(JsonFactories.object()
                    .add("id", r.id())
                    .add("name", r.name())
                    .add("contact", r.contact())
                    .add("when", r.when())
                    .add("needs", needs)
                    .add("source", r.source()));
        });
        return JsonFactories.object()
                .add("region", region.code())
                .add("name", region.name())
                .add("emergency", region.emergency())
                .add("resources", list);
    }

    /** What the coach says about a draft. */
    public static JsonObjectBuilder coaching(Coach.Coaching c) {
        JsonArrayBuilder signals = JsonFactories.array();
        c.findings()
                .forEach(f -> signals.add(JsonFactories.object()
                        .add("signal", f.signal().wireName())
                        .add("words", f.words())
                        .add("advice", f.signal().advice())));
        JsonArrayBuilder concerns = JsonFactories.array();
        c.concerns()
                .forEach(k -> concerns.add(JsonFactories.object()
                        .add("concern", k.concern().wireName())
                        .add("words", k.words())));
        return JsonFactories.object()
                .add("heat", c.heat())
                .add("signals", signals)
                .add("concerns", concerns)
                .add("hint", c.hint())
                .add("iStatement", Coach.I_STATEMENT);
    }
}
