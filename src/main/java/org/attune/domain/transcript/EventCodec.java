package org.attune.domain.transcript;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.SafeToTalkAnswer;
import org.attune.domain.transcript.EventPayload.AlertAcknowledged;
import org.attune.domain.transcript.EventPayload.AlertEscalated;
import org.attune.domain.transcript.EventPayload.ApologyAnswer;
import org.attune.domain.transcript.EventPayload.CalmRating;
import org.attune.domain.transcript.EventPayload.Confirmation;
import org.attune.domain.transcript.EventPayload.CycleSet;
import org.attune.domain.transcript.EventPayload.CycleTag;
import org.attune.domain.transcript.EventPayload.Deadline;
import org.attune.domain.transcript.EventPayload.Escalation;
import org.attune.domain.transcript.EventPayload.Feelings;
import org.attune.domain.transcript.EventPayload.FlagResolved;
import org.attune.domain.transcript.EventPayload.Held;
import org.attune.domain.transcript.EventPayload.MoreTimeOffered;
import org.attune.domain.transcript.EventPayload.None;
import org.attune.domain.transcript.EventPayload.Order;
import org.attune.domain.transcript.EventPayload.Paused;
import org.attune.domain.transcript.EventPayload.PracticeTold;
import org.attune.domain.transcript.EventPayload.ProtocolChosen;
import org.attune.domain.transcript.EventPayload.RepairAccepted;
import org.attune.domain.transcript.EventPayload.RepairOffer;
import org.attune.domain.transcript.EventPayload.ResourcesOffered;
import org.attune.domain.transcript.EventPayload.RoomRenamed;
import org.attune.domain.transcript.EventPayload.SafeToTalkAnswered;
import org.attune.domain.transcript.EventPayload.SafetyAlert;
import org.attune.domain.transcript.EventPayload.ScreenAnswered;
import org.attune.domain.transcript.EventPayload.Shared;
import org.attune.domain.transcript.EventPayload.Signals;
import org.attune.domain.transcript.EventPayload.Step;
import org.attune.domain.transcript.EventPayload.Text;
import org.attune.domain.transcript.EventPayload.TurnLimit;

/**
 * The one place that turns an event's payload into the log's generic columns
 * ({@code text}, {@code detail}, {@code amount}, {@code until}) and back. The
 * columns' meaning depends on the kind; nothing outside this class reads them.
 */
public final class EventCodec {

    /** The stored form of a payload. */
    record Columns(String text, String detail, Long amount, Instant until) {
        static final Columns EMPTY = new Columns(null, null, null, null);
    }

    private EventCodec() {}

    /** The payload type of a kind: every event of that kind carries exactly this type. */
    public static Class<? extends EventPayload> typeOf(EventKind kind) {
        return switch (kind) {
            case MESSAGE, GUIDANCE, WHISPER, NOTE, PARAPHRASE, CLARIFYING_QUESTION, TO_THERAPIST -> Text.class;
            case CYCLE_NAMED, CYCLE_PROMPT -> Text.class;
            case CYCLE_MAP_UPDATED -> CycleSet.class;
            case CYCLE_STEP_TAGGED -> CycleTag.class;
            case REPAIR_OFFERED -> RepairOffer.class;
            case REPAIR_ACCEPTED -> RepairAccepted.class;
            case HELD_MESSAGE -> Held.class;
            case RESOURCES_OFFERED -> ResourcesOffered.class;
            case HELD_SHARED -> Shared.class;
            case ROOM_UPDATED -> RoomRenamed.class;
            case PROTOCOL_SET -> ProtocolChosen.class;
            case MEMBER_MUTED, FLOOR_GRANTED, TURN_WARNING, DIALOGUE_ACCEPTED, MORE_TIME, PAUSE_EXTENDED ->
                Deadline.class;
            case MORE_TIME_OFFERED -> MoreTimeOffered.class;
            case CHECK_IN_WAITING -> PracticeTold.class;
            case TURN_LIMIT_SET -> TurnLimit.class;
            case PARAPHRASE_CONFIRMED -> Confirmation.class;
            case STEP -> Step.class;
            case ORDER_SET -> Order.class;
            case SIGNALS, REPAIR_ATTEMPT, PAUSE_SUGGESTED -> Signals.class;
            case ESCALATION -> Escalation.class;
            case SAFETY_ALERT -> SafetyAlert.class;
            case PAUSED -> Paused.class;
            case CALM_RATING -> CalmRating.class;
            case ALERT_ACKNOWLEDGED -> AlertAcknowledged.class;
            case ALERT_ESCALATED -> AlertEscalated.class;
            case SAFE_TO_TALK_ANSWERED -> SafeToTalkAnswered.class;
            case SCREEN_ANSWERED -> ScreenAnswered.class;
            case FLAG_RESOLVED -> FlagResolved.class;
            case FEELINGS_CHOSEN -> Feelings.class;
            case APOLOGY_ANSWERED -> ApologyAnswer.class;
            case SESSION_STARTED,
                    SESSION_ENDED,
                    MEMBER_JOINED,
                    MEMBER_WAITING,
                    MEMBER_ADMITTED,
                    MEMBER_REMOVED,
                    MEMBER_UNMUTED,
                    HAND_RAISED,
                    HAND_LOWERED,
                    FLOOR_REVOKED,
                    FLOOR_PASSED,
                    TURN_ENDED,
                    LISTENER_SET,
                    NO_MORE,
                    CHECK_IN,
                    READY,
                    RESUMED,
                    SAFE_TO_TALK_ASKED,
                    SCREEN_RECEIVED,
                    ROOM_CLEARED,
                    DIALOGUE_REQUESTED -> None.class;
            default -> PracticeColumns.typeOf(kind);
        };
    }

    static Columns encode(EventPayload payload) {
        if (payload instanceof Text t) {
            return new Columns(t.text(), null, null, null);
        } else if (payload instanceof RoomRenamed r) {
            return new Columns(r.name(), null, null, null);
        } else if (payload instanceof ProtocolChosen p) {
            return new Columns(p.protocol(), null, null, null);
        } else if (payload instanceof Deadline d) {
            return new Columns(null, null, null, d.until());
        } else if (payload instanceof TurnLimit l) {
            return new Columns(null, null, (long) l.seconds(), null);
        } else if (payload instanceof Confirmation c) {
            return new Columns(null, null, c.accurate() ? 1L : 0L, null);
        } else if (payload instanceof Step s) {
            return new Columns(s.step(), null, s.again() ? 1L : null, null);
        } else if (payload instanceof Order o) {
            return new Columns(String.join(" ", o.members()), null, null, null);
        } else if (payload instanceof Signals s) {
            return new Columns(Evidence.encode(s.signals()), null, (long) s.heatPercent(), null);
        } else if (payload instanceof Escalation e) {
            return new Columns(Evidence.encode(e.signals()), e.action(), (long) e.heatPercent(), null);
        } else if (payload instanceof SafetyAlert a) {
            return new Columns(Evidence.encode(a.concerns()), a.region(), a.message() == 0 ? null : a.message(), null);
        } else if (payload instanceof Held h) {
            return new Columns(h.text(), null, h.shareable() ? 1L : 0L, null);
        } else if (payload instanceof Shared sh) {
            return new Columns(null, null, sh.held(), null);
        } else if (payload instanceof ResourcesOffered r) {
            return new Columns(
                    r.followUp() == null ? r.why() : r.why() + " " + r.followUp(),
                    r.region(),
                    r.withinMinutes() == 0 ? null : (long) r.withinMinutes(),
                    null);
        } else if (payload instanceof AlertAcknowledged a) {
            return new Columns(null, null, a.alert(), a.raisedAt());
        } else if (payload instanceof AlertEscalated x) {
            return new Columns(null, x.level() + "/" + x.contacts(), x.alert(), x.next());
        }
        return encodeRegulation(payload);
    }

    /** Pauses and check-ins, private check-ins, the safety screen, and the repair's answers. */
    private static Columns encodeRegulation(EventPayload payload) {
        if (payload instanceof Paused p) {
            return new Columns(p.exercise().wireName(), p.reason().wireName(), (long) p.minutes(), p.until());
        } else if (payload instanceof CalmRating c) {
            return new Columns(null, null, (long) c.calm(), null);
        } else if (payload instanceof MoreTimeOffered m) {
            return new Columns(null, null, (long) m.minutes(), null);
        } else if (payload instanceof PracticeTold t) {
            return new Columns(null, t.told(), null, null);
        } else if (payload instanceof SafeToTalkAnswered a) {
            return new Columns(null, a.answer().wireName(), a.check(), null);
        } else if (payload instanceof ScreenAnswered a) {
            List<String> flags = a.answers().flags();
            return new Columns(
                    a.answers().encode(),
                    flags.isEmpty() ? null : String.join(",", flags),
                    (long) a.answers().hitsTotal(),
                    null);
        } else if (payload instanceof FlagResolved f) {
            return new Columns(f.note(), null, f.screen(), null);
        } else if (payload instanceof Feelings f) {
            return new Columns(String.join(",", f.feelings()), null, f.done() ? 1L : 0L, null);
        } else if (payload instanceof ApologyAnswer a) {
            return new Columns(null, null, a.accepted() ? 1L : 0L, null);
        } else if (payload instanceof CycleSet c) {
            return new Columns(
                    c.entry().encode(),
                    c.session() == 0 ? null : Integer.toString(c.session()),
                    (long) c.version(),
                    null);
        } else if (payload instanceof CycleTag t) {
            return new Columns(t.step(), null, t.message(), null);
        } else if (payload instanceof RepairOffer r) {
            return new Columns(r.text(), r.phrase(), r.replaces() == 0 ? null : r.replaces(), null);
        } else if (payload instanceof RepairAccepted a) {
            return new Columns(null, a.phrase(), a.offer(), null);
        }
        return PracticeColumns.encode(payload);
    }

    static EventPayload decode(EventKind kind, Columns c, Instant occurredAt) {
        Class<? extends EventPayload> type = typeOf(kind);
        String text = c.text() == null ? "" : c.text();
        int amount = c.amount() == null ? 0 : c.amount().intValue();
        if (type == Text.class) {
            return new Text(text);
        } else if (type == RoomRenamed.class) {
            return new RoomRenamed(text);
        } else if (type == ProtocolChosen.class) {
            return new ProtocolChosen(c.text());
        } else if (type == Deadline.class) {
            return new Deadline(c.until());
        } else if (type == TurnLimit.class) {
            return new TurnLimit(amount);
        } else if (type == Confirmation.class) {
            return new Confirmation(amount == 1);
        } else if (type == Step.class) {
            return new Step(c.text(), amount == 1);
        } else if (type == Order.class) {
            return new Order(text.isEmpty() ? List.of() : Arrays.asList(text.split(" ")));
        } else if (type == Signals.class) {
            return new Signals(amount, Evidence.decode(text));
        } else if (type == Escalation.class) {
            return new Escalation(amount, Evidence.decode(text), c.detail());
        } else if (type == SafetyAlert.class) {
            return new SafetyAlert(Evidence.decode(text), c.detail(), c.amount() == null ? 0 : c.amount());
        } else if (type == Held.class) {
            return new Held(text, amount == 1);
        } else if (type == Shared.class) {
            return new Shared(c.amount() == null ? 0 : c.amount());
        } else if (type == ResourcesOffered.class) {
            String[] whyAndFollowUp = text.split(" ", 2);
            return new ResourcesOffered(
                    c.detail(), whyAndFollowUp[0], whyAndFollowUp.length > 1 ? whyAndFollowUp[1] : null, amount);
        } else if (type == AlertAcknowledged.class) {
            return new AlertAcknowledged(
                    c.amount() == null ? 0 : c.amount(), c.until() == null ? occurredAt : c.until());
        } else if (type == AlertEscalated.class) {
            String[] levelOf = (c.detail() == null ? "0/0" : c.detail()).split("/", 2);
            return new AlertEscalated(
                    c.amount() == null ? 0 : c.amount(),
                    Integer.parseInt(levelOf[0]),
                    levelOf.length > 1 ? Integer.parseInt(levelOf[1]) : 0,
                    c.until());
        } else if (type == Paused.class) {
            return new Paused(
                    PauseReason.fromWireName(c.detail()).orElse(PauseReason.THERAPIST),
                    amount,
                    Exercise.fromWireName(c.text()).orElse(Exercise.BOX_BREATHING),
                    c.until() == null ? occurredAt : c.until());
        } else if (type == CalmRating.class) {
            return new CalmRating(amount);
        } else if (type == MoreTimeOffered.class) {
            return new MoreTimeOffered(amount);
        } else if (type == PracticeTold.class) {
            return new PracticeTold(c.detail() == null ? PracticeTold.PRACTICE : c.detail());
        }
        return decodeCheckOrScreen(type, c, text);
    }

    /** The private check-ins' and the safety screen's payloads; {@link None} for any other type. */
    private static EventPayload decodeCheckOrScreen(Class<? extends EventPayload> type, Columns c, String text) {
        long seq = c.amount() == null ? 0 : c.amount();
        if (type == SafeToTalkAnswered.class) {
            return new SafeToTalkAnswered(
                    seq, SafeToTalkAnswer.fromWireName(c.detail()).orElse(SafeToTalkAnswer.NOT_SURE));
        } else if (type == ScreenAnswered.class) {
            return new ScreenAnswered(ScreenAnswers.decode(text));
        } else if (type == FlagResolved.class) {
            return new FlagResolved(seq, c.text());
        } else if (type == Feelings.class) {
            return new Feelings(text.isEmpty() ? List.of() : Arrays.asList(text.split(",")), seq == 1);
        } else if (type == ApologyAnswer.class) {
            return new ApologyAnswer(seq == 1);
        } else if (type == CycleSet.class) {
            return new CycleSet(
                    CycleEntry.decode(text), (int) seq, c.detail() == null ? 0 : Integer.parseInt(c.detail()));
        } else if (type == CycleTag.class) {
            return new CycleTag(seq, text);
        } else if (type == RepairOffer.class) {
            return new RepairOffer(c.detail() == null ? "" : c.detail(), text, seq);
        } else if (type == RepairAccepted.class) {
            return new RepairAccepted(seq, c.detail() == null ? "" : c.detail());
        }
        return PracticeColumns.decode(type, c);
    }
}
