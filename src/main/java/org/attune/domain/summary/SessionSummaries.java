package org.attune.domain.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.summary.SessionSummary.AlertWait;
import org.attune.domain.summary.SessionSummary.HeatPoint;
import org.attune.domain.summary.SessionSummary.PauseSpan;
import org.attune.domain.summary.SessionSummary.RepairKind;
import org.attune.domain.summary.SessionSummary.Rupture;
import org.attune.domain.summary.SessionSummary.RuptureKind;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.domain.turn.ConversationStep;

/**
 * Folds a room's events, in the order of its log, into one
 * {@link SessionSummary} per sitting.
 *
 * <p>Ruptures and repairs: an escalation, a time-out or a safety pause opens a
 * rupture; what follows before a repair belongs to the same rupture (a heat
 * escalation that pauses a guided room is one rupture, not two). The first
 * repair after it closes it: a partner's acceptance of a one-tap repair
 * attempt, an apology accepted in Gottman's Aftermath of a Fight, or a
 * completed Aftermath. A rupture still open when the sitting ends stays
 * unrepaired in that sitting.
 *
 * <p>Positive moments: accepted repairs and apologies, repair attempts the
 * detector heard in someone's words, appreciations offered in one tap, and
 * what each person said in the appreciation round; negative moments: messages
 * with heat signals.
 */
public final class SessionSummaries {

    private final List<SessionSummary> done = new ArrayList<>();
    private final Map<Long, AlertWait> alerts = new LinkedHashMap<>();
    private Sitting sitting;
    private int number;

    /** The sittings of a room's events, oldest first; a sitting still running comes last. */
    public static List<SessionSummary> of(List<RoomEvent> events, Instant now) {
        SessionSummaries s = new SessionSummaries();
        events.forEach(s::add);
        return s.summaries(now);
    }

    /** Counts one event. Events must come in the order of the log. */
    public void add(RoomEvent e) {
        if (e.kind() == EventKind.ALERT_ACKNOWLEDGED) {
            acknowledged(e);
            return;
        }
        if (e.kind() == EventKind.SESSION_STARTED) {
            close(e.occurredAt());
            sitting = new Sitting(++number, e.occurredAt());
        }
        if (sitting == null) {
            return;
        }
        sitting.talk.add(e);
        switch (e.kind()) {
            case SIGNALS -> {
                sitting.negative++;
                e.targetId()
                        .ifPresent(writer -> sitting.heat.add(new HeatPoint(
                                e.occurredAt(),
                                writer,
                                e.payload(EventPayload.Signals.class).heatPercent())));
            }
            case ESCALATION -> sitting.rupture(e, RuptureKind.ESCALATION);
            case PAUSED -> {
                PauseReason reason = e.payload(EventPayload.Paused.class).reason();
                sitting.pauseStarted(e.occurredAt(), reason.wireName());
                sitting.rupture(e, reason == PauseReason.SAFETY ? RuptureKind.SAFETY_PAUSE : RuptureKind.TIME_OUT);
            }
            case RESUMED -> sitting.resumed(e.occurredAt());
            case SAFETY_ALERT ->
                e.targetId().ifPresent(writer -> {
                    AlertWait alert = new AlertWait(e.seq(), e.occurredAt(), writer, null);
                    alerts.put(e.seq(), alert);
                    sitting.alerts.add(e.seq());
                });
            case SESSION_ENDED -> close(e.occurredAt());
            case PRACTICE_STARTED ->
                sitting.practice = e.payload(EventPayload.PracticeRef.class).kind();
            default -> repairs(e);
        }
    }

    /** Repair attempts and appreciations are positive moments; an accepted repair also closes the open rupture. */
    private void repairs(RoomEvent e) {
        switch (e.kind()) {
            case REPAIR_ATTEMPT -> sitting.positive++;
            case REPAIR_OFFERED -> {
                if (RepairPhrase.APPRECIATE
                        .wireName()
                        .equals(e.payload(EventPayload.RepairOffer.class).phrase())) {
                    sitting.positive++;
                }
            }
            case REPAIR_ACCEPTED -> sitting.repaired(e, RepairKind.REPAIR_ACCEPTED);
            case APOLOGY_ANSWERED -> {
                if (e.payload(EventPayload.ApologyAnswer.class).accepted()) {
                    sitting.repaired(e, RepairKind.APOLOGY_ACCEPTED);
                }
            }
            case STEP -> {
                String step = e.payload(EventPayload.Step.class).step();
                sitting.appreciating = ConversationStep.APPRECIATION.wireName().equals(step)
                        ? e.targetId().orElse(null)
                        : null;
                if (e.targetId().isEmpty()
                        && ConversationStep.REPAIRED.wireName().equals(step)) {
                    sitting.repaired(e, RepairKind.AFTERMATH_COMPLETED);
                }
            }
            case MESSAGE -> {
                if (e.actorId().equals(sitting.appreciating)) {
                    sitting.positive++;
                    sitting.appreciating = null;
                }
            }
            case FLOOR_PASSED, FLOOR_REVOKED -> sitting.appreciating = null;
            default -> {}
        }
    }

    /** The sittings so far, oldest first; a running sitting's turn in progress counts up to {@code now}. */
    public List<SessionSummary> summaries(Instant now) {
        List<SessionSummary> out = new ArrayList<>(done.size() + 1);
        done.forEach(s -> out.add(withAlerts(s)));
        if (sitting != null) {
            out.add(withAlerts(sitting.summary(null, now)));
        }
        return List.copyOf(out);
    }

    private void acknowledged(RoomEvent e) {
        EventPayload.AlertAcknowledged ack = e.payload(EventPayload.AlertAcknowledged.class);
        AlertWait alert = alerts.get(ack.alert());
        if (alert != null && alert.acknowledgedAt() == null) {
            alerts.put(ack.alert(), new AlertWait(alert.seq(), alert.at(), alert.memberId(), e.occurredAt()));
        }
    }

    /** A summary with its alerts as they stand now: an acknowledgement may come after its sitting ended. */
    private SessionSummary withAlerts(SessionSummary s) {
        List<AlertWait> current =
                s.alerts().stream().map(a -> alerts.getOrDefault(a.seq(), a)).toList();
        return new SessionSummary(
                s.number(),
                s.startedAt(),
                s.endedAt(),
                s.talk(),
                s.heat(),
                s.pauses(),
                s.ruptures(),
                current,
                s.positive(),
                s.negative(),
                s.practice());
    }

    private void close(Instant at) {
        if (sitting != null) {
            sitting.resumed(at);
            done.add(sitting.summary(at, at));
            sitting = null;
        }
    }

    /** The sitting being folded. */
    private final class Sitting {
        final int number;
        final Instant startedAt;
        final TalkStats talk = new TalkStats();
        final List<HeatPoint> heat = new ArrayList<>();
        final List<PauseSpan> pauses = new ArrayList<>();
        final List<Rupture> ruptures = new ArrayList<>();
        final List<Long> alerts = new ArrayList<>();
        int positive;
        int negative;
        /** The kind of practice this sitting is, or null for a session. */
        String practice;
        /** Whose appreciation the appreciation round waits for: their next message is one. */
        String appreciating;

        PauseSpan openPause;
        Rupture openRupture;

        Sitting(int number, Instant startedAt) {
            this.number = number;
            this.startedAt = startedAt;
        }

        void pauseStarted(Instant at, String reason) {
            resumed(at);
            openPause = new PauseSpan(at, null, reason);
        }

        void resumed(Instant at) {
            if (openPause != null) {
                pauses.add(new PauseSpan(openPause.at(), at, openPause.reason()));
                openPause = null;
            }
        }

        void rupture(RoomEvent e, RuptureKind kind) {
            if (openRupture == null) {
                openRupture = new Rupture(e.seq(), e.occurredAt(), List.of(kind), null, 0, null);
            } else if (!openRupture.kinds().contains(kind)) {
                List<RuptureKind> kinds = new ArrayList<>(openRupture.kinds());
                kinds.add(kind);
                openRupture = new Rupture(openRupture.seq(), openRupture.at(), List.copyOf(kinds), null, 0, null);
            }
        }

        void repaired(RoomEvent e, RepairKind kind) {
            positive++;
            if (openRupture != null) {
                ruptures.add(new Rupture(
                        openRupture.seq(), openRupture.at(), openRupture.kinds(), kind, e.seq(), e.occurredAt()));
                openRupture = null;
            }
        }

        SessionSummary summary(Instant endedAt, Instant now) {
            List<PauseSpan> allPauses = new ArrayList<>(pauses);
            if (openPause != null) {
                allPauses.add(openPause);
            }
            List<Rupture> allRuptures = new ArrayList<>(ruptures);
            if (openRupture != null) {
                allRuptures.add(openRupture);
            }
            return new SessionSummary(
                    number,
                    startedAt,
                    endedAt,
                    List.copyOf(talk.all(now).values()),
                    List.copyOf(heat),
                    List.copyOf(allPauses),
                    List.copyOf(allRuptures),
                    alerts.stream().map(SessionSummaries.this.alerts::get).toList(),
                    positive,
                    negative,
                    practice);
        }
    }
}
