package org.attune.interfaces.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attune.application.Settings;
import org.attune.domain.Refusal;
import org.attune.domain.cycle.CycleMap;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.Coach;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.room.OpenRepair;
import org.attune.domain.room.RoomState;
import org.attune.domain.room.ScreenStatus;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.domain.turn.AppreciationProtocol;
import org.attune.domain.turn.ConversationStep;
import org.attune.domain.turn.Feeling;
import org.attune.domain.turn.FloorProtocol;
import org.attune.domain.turn.RepairProtocol;
import org.attune.domain.turn.RoundProtocol;
import org.attune.domain.turn.TurnProtocol;
import org.attune.domain.turn.TurnView;
import org.attune.interfaces.JsonFactories;
import org.attune.interfaces.RegulationJson;

/** The JSON text frames of {@code attune.v1}, one method per frame type. */
@ApplicationScoped
public class ServerFrames {

    public static final String SUBPROTOCOL = "attune.v1";

    @Inject
    Settings settings;

    public String welcome(RoomState room, MemberView you, Set<String> online, Instant now) {
        boolean waiting = you.status() == MemberStatus.WAITING;
        boolean seesLobby = you.role() == RoomRole.THERAPIST;
        JsonArrayBuilder members = JsonFactories.array();
        if (!waiting) {
            room.members().stream()
                    .filter(m -> m.status() == MemberStatus.ACTIVE || seesLobby)
                    .forEach(m -> members.add(member(m)
                            .add("online", online.contains(m.id()) || m.id().equals(you.id()))
                            .add("talk", talk(room.talk(m.id(), now)))));
        }
        JsonObjectBuilder session = JsonFactories.object().add("running", room.sessionRunning());
        room.sessionStartedAt().ifPresent(at -> session.add("startedAt", at.toString()));
        return JsonFactories.object()
                .add("type", "welcome")
                .add("protocol", SUBPROTOCOL)
                .add("you", member(you))
                .add(
                        "room",
                        JsonFactories.object()
                                .add("id", room.roomId())
                                .add("name", room.name())
                                .add("kind", room.kind().wireName())
                                .add("mode", room.mode().wireName())
                                .add("requiresAdmission", room.requiresAdmission()))
                .add("session", session)
                .add("turn", turn(room.protocol()))
                .add("pause", pause(room, you))
                .add(
                        "crisisResources",
                        RegulationJson.resources(
                                crisisResources(room.regulation().crisisRegion())))
                .add("members", members)
                .add("screen", screen(room, you))
                .add("cycle", waiting ? cycle(CycleMap.EMPTY) : cycle(room.cycleMap()))
                .add("repairs", repairs(waiting ? List.of() : room.openRepairs()))
                .add("practice", PracticeFields.welcome(room.practice(), you, waiting))
                .add("lastSeq", waiting ? 0 : room.lastSeq())
                .build()
                .toString();
    }

    public String event(RoomEvent event) {
        JsonObjectBuilder frame = JsonFactories.object()
                .add("type", "event")
                .add("seq", event.seq())
                .add("at", event.occurredAt().toString())
                .add("kind", event.kind().wireName())
                .add("actor", event.actorId())
                .add("actorName", event.actorName());
        if (event.audience() != Audience.EVERYONE) {
            frame.add("audience", event.audience().wireName());
        }
        event.targetId().ifPresent(id -> frame.add("target", id));
        event.targetName().ifPresent(name -> frame.add("targetName", name));
        EventFields.write(frame, event.payload(), this::crisisResources);
        return frame.build().toString();
    }

    public String ack(String commandId, long seq) {
        return JsonFactories.object()
                .add("type", "ack")
                .add("id", commandId)
                .add("seq", seq)
                .build()
                .toString();
    }

    public String pong(String commandId) {
        return JsonFactories.object()
                .add("type", "pong")
                .add("id", commandId)
                .build()
                .toString();
    }

    public String error(String commandId, Refusal refusal, String message) {
        JsonObjectBuilder frame = JsonFactories.object().add("type", "error");
        if (commandId == null) {
            frame.addNull("id");
        } else {
            frame.add("id", commandId);
        }
        return frame.add("code", refusal.code()).add("message", message).build().toString();
    }

    public String presence(MemberView member, boolean online) {
        return JsonFactories.object()
                .add("type", "presence")
                .add("member", member.id())
                .add("name", member.name())
                .add("online", online)
                .build()
                .toString();
    }

    /**
     * A participant is writing to the room, or stopped: not an event (no seq),
     * never stored. {@code until} only while they write: the page clears the
     * line by itself then.
     */
    public String writing(MemberView writer, boolean active, Instant until) {
        JsonObjectBuilder frame = JsonFactories.object()
                .add("type", "writing")
                .add("member", writer.id())
                .add("name", writer.name())
                .add("active", active);
        if (until != null) {
            frame.add("until", until.toString());
        }
        return frame.build().toString();
    }

    /** The answer to {@code coach}: nothing of the draft is kept. */
    public String coaching(String commandId, Coach.Coaching c) {
        return RegulationJson.coaching(c)
                .add("type", "coaching")
                .add("id", commandId)
                .build()
                .toString();
    }

    /**
     * The safety screen before joint work: whether the room is open for it, and
     * whether you answered; therapists also see who has not answered and whose
     * flag is open. Nobody else's screen is ever shown to a participant.
     */
    private static JsonObjectBuilder screen(RoomState room, MemberView you) {
        ScreenStatus status = room.screen();
        boolean therapist = you.role() == RoomRole.THERAPIST && you.status() == MemberStatus.ACTIVE;
        JsonObjectBuilder b = JsonFactories.object()
                .add("required", room.kind().requiresSafetyScreen())
                // A room closed again for review would tell a partner that someone's answer raised a flag.
                .add("cleared", therapist ? status.cleared() : status.everOpened());
        if (you.role() == RoomRole.PARTICIPANT) {
            b.add("answered", status.answered().contains(you.id()));
        } else if (therapist) {
            b.add(
                            "notAnswered",
                            JsonFactories.array(status.notAnswered().stream()
                                    .map(MemberView::id)
                                    .toList()))
                    .add(
                            "openFlags",
                            JsonFactories.array(List.copyOf(status.openFlags().keySet())));
        }
        return b;
    }

    /**
     * The room's cycle map, seen by everyone let in: the current version, each
     * person's part with the version that set it, and every version (who set
     * whose part, when, in which session). The log keeps each edit in full.
     */
    private static JsonObjectBuilder cycle(CycleMap map) {
        JsonArrayBuilder entries = JsonFactories.array();
        map.entries()
                .forEach((member, entry) -> entries.add(
                        EventFields.cycle(entry).add("member", member).add("version", map.versionOf(member))));
        JsonArrayBuilder versions = JsonFactories.array();
        map.versions()
                .forEach(v -> versions.add(JsonFactories.object()
                        .add("version", v.version())
                        .add("member", v.member())
                        .add("by", v.by())
                        .add("at", v.at().toString())
                        .add("session", v.session())));
        return JsonFactories.object()
                .add("version", map.version())
                .add("entries", entries)
                .add("versions", versions);
    }

    /** The room's pause, if any; therapists (and each rater) also see calm ratings. */
    private static JsonObjectBuilder pause(RoomState room, MemberView you) {
        JsonObjectBuilder b = JsonFactories.object();
        room.pause()
                .ifPresentOrElse(
                        p -> {
                            JsonArrayBuilder ready = JsonFactories.array();
                            JsonObjectBuilder calm = JsonFactories.object();
                            p.ready().forEach((member, rating) -> {
                                ready.add(member);
                                if (rating > 0 && (you.role() == RoomRole.THERAPIST || member.equals(you.id()))) {
                                    calm.add(member, rating);
                                }
                            });
                            b.add("paused", true)
                                    .add("reason", p.reason().wireName())
                                    .add("by", p.by())
                                    .add("since", p.since().toString())
                                    .add("until", p.until().toString())
                                    .add("exercise", RegulationJson.exercise(p.exercise()))
                                    .add("checkingIn", p.checkingIn())
                                    .add("ready", ready)
                                    .add("calm", calm);
                            if (p.told() != null) {
                                b.add("waiting", p.told());
                            }
                        },
                        () -> b.add("paused", false));
        return b;
    }

    public String turn(RoomState room) {
        return turn(room.protocol()).add("type", "turn").build().toString();
    }

    /** Whose turn it is: the protocol and where it stands (fields that do not apply are left out). */
    private static JsonObjectBuilder turn(TurnProtocol protocol) {
        TurnView view = protocol.view();
        JsonObjectBuilder turn = JsonFactories.object().add("protocol", protocol.name());
        optional(turn, "phase", view.phase());
        optional(turn, "holder", view.holder());
        optional(turn, "partner", view.partner());
        if (view.step() != null) {
            step(turn, view.step(), view.again());
            optional(turn, "stepBy", view.stepBy());
        }
        if (view.appointment() != null) {
            turn.add("appointment", view.appointment().toString());
        }
        optional(turn, "reminder", view.reminder());
        if (view.deadline() != null) {
            turn.add("deadline", view.deadline().toString());
        }
        if (protocol instanceof FloorProtocol) {
            turn.add("queue", JsonFactories.array(view.queue()));
        }
        if (protocol instanceof RoundProtocol
                || protocol instanceof RepairProtocol
                || protocol instanceof AppreciationProtocol) {
            turn.add("order", JsonFactories.array(view.order()));
        }
        if (view.limitSeconds() != null) {
            turn.add("limitSeconds", view.limitSeconds());
        }
        return turn;
    }

    /**
     * A dialogue step: its name, its sentence stem and its prompt; asked for again, the kind prompt to try
     * again; the repair's feelings offer their list.
     */
    static void step(JsonObjectBuilder b, ConversationStep step, boolean again) {
        b.add("step", step.wireName()).add("stem", step.stem());
        if (again) {
            b.add("prompt", step.againPrompt()).add("again", true);
        } else {
            b.add("prompt", step.prompt());
        }
        if (step == ConversationStep.FEELINGS) {
            b.add("choices", EventFields.feelings(Arrays.asList(Feeling.values())));
        }
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    /** How much a member has spoken in the session. */
    private static JsonObjectBuilder talk(TalkStats.Share share) {
        return JsonFactories.object()
                .add("turns", share.turns())
                .add("messages", share.messages())
                .add("words", share.words())
                .add("seconds", share.talkTime().toSeconds());
    }

    private static JsonObjectBuilder member(MemberView m) {
        JsonObjectBuilder b = JsonFactories.object()
                .add("id", m.id())
                .add("name", m.name())
                .add("role", m.role().wireName())
                .add("status", m.status().name().toLowerCase(Locale.ROOT));
        if (m.mutedUntil() != null) {
            b.add("mutedUntil", m.mutedUntil().toString());
        }
        return b;
    }

    /** The region's crisis resources; for a room without a region, the practice's. */
    private CrisisResources.Region crisisResources(String region) {
        return CrisisResources.forRegion(region, settings.crisisRegion().orElse(null));
    }

    /** The repair phrases a participant may offer, and the offers still open to be accepted. */
    private static JsonObjectBuilder repairs(List<OpenRepair> open) {
        JsonArrayBuilder phrases = JsonFactories.array();
        for (RepairPhrase p : RepairPhrase.values()) {
            phrases.add(JsonFactories.object().add("key", p.wireName()).add("text", p.text()));
        }
        JsonArrayBuilder offers = JsonFactories.array();
        open.forEach(o -> offers.add(JsonFactories.object()
                .add("offer", o.offer())
                .add("member", o.member())
                .add("phrase", o.phrase())));
        return JsonFactories.object().add("phrases", phrases).add("open", offers);
    }
}
