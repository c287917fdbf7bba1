package org.attune.interfaces.live;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.cycle.SofterEmotion;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.turn.ConversationStep;
import org.attune.domain.turn.Feeling;
import org.attune.interfaces.JsonFactories;
import org.attune.interfaces.RegulationJson;

/**
 * The fields an {@code event} frame carries for its payload, as
 * {@code docs/asyncapi.yaml} describes them: {@code text} for words and names,
 * {@code until} and {@code amount} for deadlines and numbers, and structured
 * fields for signals, safety concerns and resources offered (with the crisis
 * resources of the room's region, or the practice's, and who follows up),
 * held messages, alerts acknowledged and escalated, answers to private
 * check-ins, safety screen answers, pauses, dialogue steps and orders.
 */
final class EventFields {

    private EventFields() {}

    static void write(
            JsonObjectBuilder frame, EventPayload payload, Function<String, CrisisResources.Region> resources) {
        if (payload instanceof EventPayload.Text t) {
            frame.add("text", t.text());
        } else if (payload instanceof EventPayload.ReminderAddress r) {
            frame.add("text", r.address());
        } else if (payload instanceof EventPayload.RoomRenamed r) {
            optional(frame, "text", r.name());
        } else if (payload instanceof EventPayload.ProtocolChosen p) {
            optional(frame, "text", p.protocol());
        } else if (payload instanceof EventPayload.Deadline d) {
            until(frame, d.until());
        } else if (payload instanceof EventPayload.TurnLimit l) {
            frame.add("amount", l.seconds());
        } else if (payload instanceof EventPayload.Confirmation c) {
            frame.add("amount", c.accurate() ? 1 : 0);
        } else if (payload instanceof EventPayload.CalmRating c) {
            frame.add("amount", c.calm());
        } else if (payload instanceof EventPayload.MoreTimeOffered m) {
            frame.add("amount", m.minutes());
        } else if (payload instanceof EventPayload.PracticeTold t) {
            frame.add("told", t.told());
        } else if (payload instanceof EventPayload.Step s) {
            optional(frame, "text", s.step());
            ConversationStep.fromWireName(s.step()).ifPresent(step -> ServerFrames.step(frame, step, s.again()));
        } else if (payload instanceof EventPayload.Order o) {
            frame.add("text", String.join(" ", o.members())).add("order", JsonFactories.array(o.members()));
        } else if (payload instanceof EventPayload.Feelings f) {
            frame.add(
                            "feelings",
                            feelings(f.feelings().stream()
                                    .flatMap(name -> Feeling.fromWireName(name).stream())
                                    .toList()))
                    .add("done", f.done());
        } else if (payload instanceof EventPayload.ApologyAnswer a) {
            frame.add("accepted", a.accepted()).add("amount", a.accepted() ? 1 : 0);
        } else if (payload instanceof EventPayload.CycleSet c) {
            if (!c.entry().surface().isEmpty()) {
                // An erased person's part keeps its version, without their words.
                frame.add("cycle", cycle(c.entry()));
            }
            frame.add("version", c.version()).add("amount", c.version());
            if (c.session() > 0) {
                frame.add("session", c.session());
            }
        } else if (payload instanceof EventPayload.CycleTag t) {
            frame.add("message", t.message()).add("cycleStep", t.step()).add("amount", t.message());
        } else if (payload instanceof EventPayload.RepairOffer r) {
            frame.add("phrase", r.phrase()).add("text", r.text());
            if (r.replaces() > 0) {
                frame.add("replaces", r.replaces());
            }
        } else if (payload instanceof EventPayload.RepairAccepted a) {
            frame.add("offer", a.offer()).add("phrase", a.phrase());
        } else if (PracticeFields.matches(payload)) {
            PracticeFields.write(frame, payload);
        } else {
            regulation(frame, payload, resources);
        }
    }

    /** Signals with their words and heat, safety concerns with crisis resources, a pause's reason and exercise. */
    private static void regulation(
            JsonObjectBuilder frame, EventPayload payload, Function<String, CrisisResources.Region> resources) {
        if (payload instanceof EventPayload.Signals s) {
            frame.add("signals", evidence(s.signals(), "signal"))
                    .add("heat", s.heatPercent() / 100.0)
                    .add("amount", s.heatPercent());
        } else if (payload instanceof EventPayload.Escalation x) {
            frame.add("signals", evidence(x.signals(), "signal")).add("heat", x.heatPercent() / 100.0);
            optional(frame, "action", x.action());
            frame.add("amount", x.heatPercent());
        } else if (payload instanceof EventPayload.SafetyAlert a) {
            frame.add("concerns", evidence(a.concerns(), "concern"))
                    .add("resources", RegulationJson.resources(resources.apply(a.region())));
            if (a.message() != 0) {
                frame.add("message", a.message());
            }
        } else if (payload instanceof EventPayload.Held h) {
            frame.add("text", h.text()).add("shareable", h.shareable());
        } else if (payload instanceof EventPayload.Shared sh) {
            frame.add("message", sh.held());
        } else if (payload instanceof EventPayload.ResourcesOffered r) {
            frame.add("why", r.why()).add("resources", RegulationJson.resources(resources.apply(r.region())));
            optional(frame, "followUp", r.followUp());
            if (r.withinMinutes() > 0) {
                frame.add("withinMinutes", r.withinMinutes());
            }
        } else if (payload instanceof EventPayload.AlertAcknowledged a) {
            frame.add("amount", a.alert()).add("raisedAt", a.raisedAt().toString());
        } else if (payload instanceof EventPayload.AlertEscalated x) {
            frame.add("amount", x.alert()).add("level", x.level()).add("contacts", x.contacts());
            until(frame, x.next());
        } else if (payload instanceof EventPayload.SafeToTalkAnswered a) {
            frame.add("check", a.check()).add("answer", a.answer().wireName());
        } else if (payload instanceof EventPayload.ScreenAnswered a) {
            ScreenAnswers x = a.answers();
            frame.add(
                            "screen",
                            JsonFactories.object()
                                    .add("hurt", x.hurt())
                                    .add("insult", x.insult())
                                    .add("threaten", x.threaten())
                                    .add("scream", x.scream())
                                    .add("total", x.hitsTotal())
                                    .add("afraid", x.afraid().wireName())
                                    .add("safeToTalk", x.safeToTalk().wireName()))
                    .add("flags", JsonFactories.array(x.flags()))
                    .add("amount", x.hitsTotal());
        } else if (payload instanceof EventPayload.FlagResolved f) {
            frame.add("amount", f.screen());
            optional(frame, "text", f.note());
        } else if (payload instanceof EventPayload.Paused p) {
            frame.add("reason", p.reason().wireName())
                    .add("exercise", RegulationJson.exercise(p.exercise()))
                    .add("amount", p.minutes());
            until(frame, p.until());
        }
    }

    /** One person's part of the cycle map, by wire names, with labels for the softer emotions. */
    static JsonObjectBuilder cycle(CycleEntry e) {
        JsonObjectBuilder b = JsonFactories.object()
                .add("move", e.move().wireName())
                .add("surface", e.surface())
                .add(
                        "softer",
                        JsonFactories.array(
                                e.softer().stream().map(SofterEmotion::wireName).toList()))
                .add("need", e.need().wireName());
        optional(b, "words", e.words());
        return b;
    }

    /** Feelings of the Aftermath list, each with its name and its words after "I felt…". */
    static JsonArrayBuilder feelings(List<Feeling> feelings) {
        JsonArrayBuilder out = JsonFactories.array();
        feelings.forEach(
                f -> out.add(JsonFactories.object().add("feeling", f.wireName()).add("label", f.label())));
        return out;
    }

    private static JsonArrayBuilder evidence(List<Evidence> items, String kindName) {
        JsonArrayBuilder out = JsonFactories.array();
        items.forEach(
                e -> out.add(JsonFactories.object().add(kindName, e.kind()).add("words", e.words())));
        return out;
    }

    private static void until(JsonObjectBuilder frame, Instant until) {
        if (until != null) {
            frame.add("until", until.toString());
        }
    }

    private static void optional(JsonObjectBuilder frame, String name, String value) {
        if (value != null) {
            frame.add(name, value);
        }
    }
}
