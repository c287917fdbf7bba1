package org.attune.interfaces.rest;

import java.util.Optional;
import java.util.function.Function;
import org.attune.domain.cycle.CycleInTheRoom;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.ConversationStep;
import org.attune.domain.turn.Feeling;

/**
 * Each event of a room's log as a line of a transcript or an export, in the
 * reader's language. Who did it and to whom, and what people wrote, go in as
 * they are; the rest is the server's words ({@link DocumentWords}). The lines
 * of care (signals, pauses, alerts, the safety screen, the cycle) are
 * {@link CareLines}, those of practice between sessions {@link PracticeLines}.
 */
final class EventLines {

    private EventLines() {}

    /** One event in words; {@code nameOf} names a member by their id. */
    static String line(RoomEvent e, Function<String, String> nameOf, DocumentWords w) {
        String who = e.actorName();
        String target = e.targetName().orElse(w.say("document.someone"));
        EventPayload payload = e.payload();
        if (payload instanceof EventPayload.Text said) {
            return said(e, who, target, said.text(), w);
        }
        return switch (e.kind()) {
            case SESSION_STARTED -> w.say("document.event.session-started", "name", who);
            case SESSION_ENDED -> w.say("document.event.session-ended", "name", who);
            case MEMBER_JOINED -> w.say("document.event.member-joined", "name", who);
            case MEMBER_WAITING -> w.say("document.event.member-waiting", "name", who);
            case MEMBER_ADMITTED -> w.say("document.event.member-admitted", "name", who, "other", target);
            case MEMBER_REMOVED ->
                e.targetId().filter(e.actorId()::equals).isPresent()
                        ? w.say("document.event.member-left", "name", who)
                        : w.say("document.event.member-removed", "name", who, "other", target);
            case MEMBER_MUTED ->
                until(payload, w)
                        .map(u -> w.say("document.event.member-muted", "name", who, "other", target, "until", u))
                        .orElseGet(() -> w.say("document.event.member-muted.no-end", "name", who, "other", target));
            case MEMBER_UNMUTED -> w.say("document.event.member-unmuted", "other", target);
            case ROOM_UPDATED ->
                w.say("document.event.room-updated", "name", who, "room", ((EventPayload.RoomRenamed) payload).name());
            case PROTOCOL_SET -> {
                String protocol = ((EventPayload.ProtocolChosen) payload).protocol();
                yield w.say(
                        "document.event.protocol-set", "name", who, "protocol", w.word("document.protocol.", protocol));
            }
            case REPAIR_ATTEMPT ->
                w.say("document.event.repair-attempt", "other", target, "evidence", evidence(payload, w));
            case PAUSE_SUGGESTED ->
                w.say("document.event.pause-suggested", "other", target, "evidence", evidence(payload, w));
            case SIGNALS, ESCALATION, SAFETY_ALERT, PAUSED, CHECK_IN, READY, CALM_RATING, RESUMED ->
                CareLines.regulation(e, who, target, w);
            case MORE_TIME, PAUSE_EXTENDED, MORE_TIME_OFFERED, CHECK_IN_WAITING -> CareLines.checkIn(e, who, target, w);
            case HELD_MESSAGE ->
                w.say("document.event.held-message", "name", who, "text", ((EventPayload.Held) payload).text());
            case HELD_SHARED -> w.say("document.event.held-shared", "name", who);
            case CYCLE_MAP_UPDATED, CYCLE_STEP_TAGGED -> CareLines.cycle(e, who, target, w);
            case REPAIR_OFFERED, REPAIR_ACCEPTED -> repair(e, who, target, w);
            case RESOURCES_OFFERED -> w.say("document.event.resources-offered", "other", target);
            case ALERT_ACKNOWLEDGED, ALERT_ESCALATED, SAFE_TO_TALK_ASKED, SAFE_TO_TALK_ANSWERED ->
                CareLines.alert(e, who, target, w);
            case SCREEN_ANSWERED, SCREEN_RECEIVED, FLAG_RESOLVED, ROOM_CLEARED -> CareLines.screen(e, who, target, w);
            default ->
                PracticeLines.covers(e.kind())
                        ? PracticeLines.line(e, who, nameOf, w)
                        : turn(e, who, target, nameOf, w);
        };
    }

    /** The signals of a message, with the words that showed them. */
    private static String evidence(EventPayload payload, DocumentWords w) {
        return EvidenceWords.of(((EventPayload.Signals) payload).signals(), w);
    }

    private static String said(RoomEvent e, String who, String target, String text, DocumentWords w) {
        return switch (e.kind()) {
            case GUIDANCE -> w.say("document.event.guidance", "name", who, "text", text);
            case WHISPER -> w.say("document.event.whisper", "name", who, "other", target, "text", text);
            // The cycle's prompt is the server's own, worded from the person's part of the map.
            case CYCLE_PROMPT ->
                w.say("document.event.whisper", "name", who, "other", target, "text", CareLines.prompt(text, w));
            case NOTE -> w.say("document.event.note", "name", who, "text", text);
            case TO_THERAPIST -> w.say("document.event.to-therapist", "name", who, "text", text);
            case PARAPHRASE -> w.say("document.event.paraphrase", "name", who, "text", text);
            case CLARIFYING_QUESTION -> w.say("document.event.clarifying-question", "name", who, "text", text);
            // The room's line about its cycle is the server's own: said in the reader's language.
            case CYCLE_NAMED ->
                w.say(
                        "document.event.message",
                        "name",
                        who,
                        "text",
                        CycleInTheRoom.ROOM_LINE.equals(text) ? w.say("document.cycle.room-line") : text);
            default -> w.say("document.event.message", "name", who, "text", text);
        };
    }

    /** A one-tap repair attempt offered, in its phrase's words, or accepted. */
    private static String repair(RoomEvent e, String who, String target, DocumentWords w) {
        if (e.payload() instanceof EventPayload.RepairOffer offer) {
            String phrase = RepairPhrase.fromWireName(offer.phrase())
                    .filter(p -> p.text().equals(offer.text()))
                    .map(p -> w.word("document.repair-phrase.", p.wireName()))
                    .orElse(offer.text());
            return offer.replaces() > 0
                    ? w.say("document.event.repair-offered.replacing", "name", who, "phrase", phrase)
                    : w.say("document.event.repair-offered", "name", who, "phrase", phrase);
        }
        EventPayload.RepairAccepted accepted = e.payload(EventPayload.RepairAccepted.class);
        return RepairPhrase.fromWireName(accepted.phrase())
                .map(p -> w.say(
                        "document.event.repair-accepted",
                        "name",
                        who,
                        "other",
                        target,
                        "phrase",
                        w.word("document.repair-phrase.", p.wireName())))
                .orElseGet(() -> w.say("document.event.repair-accepted.no-phrase", "name", who, "other", target));
    }

    private static String turn(
            RoomEvent e, String who, String target, Function<String, String> nameOf, DocumentWords w) {
        EventPayload payload = e.payload();
        return switch (e.kind()) {
            case HAND_RAISED -> w.say("document.event.hand-raised", "name", who);
            case HAND_LOWERED -> w.say("document.event.hand-lowered", "other", target);
            case FLOOR_GRANTED ->
                until(payload, w)
                        .map(u -> w.say("document.event.floor-granted.until", "other", target, "until", u))
                        .orElseGet(() -> w.say("document.event.floor-granted", "other", target));
            case FLOOR_REVOKED -> w.say("document.event.floor-revoked", "name", who, "other", target);
            case FLOOR_PASSED -> w.say("document.event.floor-passed", "other", target);
            case TURN_WARNING -> w.say("document.event.turn-warning", "other", target);
            case TURN_ENDED -> w.say("document.event.turn-ended", "other", target);
            case LISTENER_SET -> w.say("document.event.listener-set", "other", target);
            case PARAPHRASE_CONFIRMED ->
                ((EventPayload.Confirmation) payload).accurate()
                        ? w.say("document.event.paraphrase-confirmed", "name", who)
                        : w.say("document.event.paraphrase-missed", "name", who);
            case TURN_LIMIT_SET -> {
                int seconds = ((EventPayload.TurnLimit) payload).seconds();
                yield seconds == 0
                        ? w.say("document.event.turn-limit-set.none", "name", who)
                        : w.say(
                                "document.event.turn-limit-set",
                                "name",
                                who,
                                "limit",
                                w.count("document.count.second", seconds));
            }
            case STEP -> step(e, w);
            case NO_MORE -> w.say("document.event.no-more", "name", who);
            case DIALOGUE_REQUESTED ->
                e.targetId().filter(e.actorId()::equals).isPresent()
                        ? w.say("document.event.dialogue-requested", "name", who)
                        : w.say("document.event.dialogue-invited", "name", who, "other", target);
            case DIALOGUE_ACCEPTED ->
                until(payload, w)
                        .map(u -> w.say(
                                "document.event.dialogue-accepted.later", "name", who, "other", target, "until", u))
                        .orElseGet(() -> w.say("document.event.dialogue-accepted", "name", who, "other", target));
            case FEELINGS_CHOSEN ->
                w.say("document.event.feelings-chosen", "name", who, "feelings", feelings(payload, w));
            case APOLOGY_ANSWERED ->
                ((EventPayload.ApologyAnswer) payload).accepted()
                        ? w.say("document.event.apology-accepted", "name", who, "other", target)
                        : w.say("document.event.apology-not-yet", "name", who, "other", target);
            case ORDER_SET ->
                w.say(
                        "document.event.order-set",
                        "order",
                        String.join(
                                ", ",
                                ((EventPayload.Order) payload)
                                        .members().stream().map(nameOf).toList()));
            default -> other(e, who, w);
        };
    }

    /** An event no sentence was written for: who, and its code. */
    static String other(RoomEvent e, String who, DocumentWords w) {
        return w.say("document.event.unworded", "name", who, "kind", e.kind().wireName());
    }

    /** A step of a structured dialogue with its sentence stem, for whom it is when it names someone. */
    private static String step(RoomEvent e, DocumentWords w) {
        return ConversationStep.fromWireName(e.payload(EventPayload.Step.class).step())
                .map(step -> {
                    String name = w.word("document.step-name.", step.wireName());
                    String stem = w.word("document.step-stem.", step.wireName());
                    return e.targetName()
                            .map(n -> w.say("document.event.step", "step", name, "other", n, "stem", stem))
                            .orElseGet(() -> w.say("document.event.step.no-one", "step", name, "stem", stem));
                })
                .orElseGet(() -> w.say("document.event.step.next"));
    }

    /** The feelings chosen, the server's in the reader's language, a person's own as they wrote them. */
    private static String feelings(EventPayload payload, DocumentWords w) {
        return String.join(
                ", ",
                ((EventPayload.Feelings) payload)
                        .feelings().stream()
                                .map(f -> Feeling.fromWireName(f)
                                        .map(known -> w.word("document.feeling.", known.wireName()))
                                        .orElse(f))
                                .toList());
    }

    static Optional<String> until(EventPayload payload, DocumentWords w) {
        return Optional.ofNullable(((EventPayload.Deadline) payload).until()).map(w::time);
    }
}
