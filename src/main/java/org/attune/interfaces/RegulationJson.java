package org.attune.interfaces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.attune.domain.regulation.Coach;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Exercise;

/** The JSON of exercises, crisis resources and coaching, the same on the socket and in the REST API. */
public final class RegulationJson {

    private RegulationJson() {}

    /** An exercise as a client animates it: its steps, repeated {@code cycles} times (0: until the pause ends). */
    public static JsonObjectBuilder exercise(Exercise x) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        x.steps()
                .forEach(step -> steps.add(Json.createObjectBuilder()
                        .add("action", step.action())
                        .add("seconds", step.seconds())
                        .add("text", step.text())));
        return Json.createObjectBuilder()
                .add("id", x.wireName())
                .add("title", x.title())
                .add("description", x.description())
                .add("cycles", x.cycles())
                .add("steps", steps);
    }

    /** Where to turn in a crisis, for a region. */
    public static JsonObjectBuilder resources(CrisisResources.Region region) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        region.resources()
                .forEach(r -> list.add(Json.createObjectBuilder()
                        .add("name", r.name())
                        .add("contact", r.contact())
                        .add("when", r.when())));
        return Json.createObjectBuilder()
                .add("region", region.code())
                .add("name", region.name())
                .add("emergency", region.emergency())
                .add("resources", list);
    }

    /** What the coach says about a draft. */
    public static JsonObjectBuilder coaching(Coach.Coaching c) {
        JsonArrayBuilder signals = Json.createArrayBuilder();
        c.findings()
                .forEach(f -> signals.add(Json.createObjectBuilder()
                        .add("signal", f.signal().wireName())
                        .add("words", f.words())
                        .add("advice", f.signal().advice())));
        JsonArrayBuilder concerns = Json.createArrayBuilder();
        c.concerns()
                .forEach(k -> concerns.add(Json.createObjectBuilder()
                        .add("concern", k.concern().wireName())
                        .add("words", k.words())));
        return Json.createObjectBuilder()
                .add("heat", c.heat())
                .add("signals", signals)
                .add("concerns", concerns)
                .add("hint", c.hint())
                .add("iStatement", Coach.I_STATEMENT);
    }
}
