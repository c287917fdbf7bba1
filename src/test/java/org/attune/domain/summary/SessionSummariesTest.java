package org.attune.domain.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.summary.SessionSummary.RepairKind;
import org.attune.domain.summary.SessionSummary.Rupture;
import org.attune.domain.summary.SessionSummary.RuptureKind;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class SessionSummariesTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final String MAYA = "maya";
    private static final String ALEX = "alex";
    private static final String SAM = "sam";

    private final List<RoomEvent> log = new ArrayList<>();

    private long add(EventKind kind, String actor, String target, EventPayload payload, int atMinute) {
        RoomEvent.Builder b = RoomEvent.builder("room", log.size() + 1, kind, T0.plusSeconds(atMinute * 60L))
                .actor(actor, actor)
                .payload(payload);
        if (target != null) {
            b.target(target, target);
        }
        log.add(b.build());
        return log.size();
    }

    private void started(int at) {
        add(EventKind.SESSION_STARTED, MAYA, null, EventPayload.None.INSTANCE, at);
    }

    private void ended(int at) {
        add(EventKind.SESSION_ENDED, MAYA, null, EventPayload.None.INSTANCE, at);
    }

    private void heat(String writer, int percent, int at) {
        add(EventKind.SIGNALS, RoomEvent.SYSTEM_ACTOR, writer, new EventPayload.Signals(percent, List.of()), at);
    }

    private long paused(PauseReason reason, int at) {
        return add(
                EventKind.PAUSED,
                RoomEvent.SYSTEM_ACTOR,
                null,
                new EventPayload.Paused(reason, 5, Exercise.BOX_BREATHING, T0.plusSeconds(at * 60L + 300)),
                at);
    }

    private void resumed(int at) {
        add(EventKind.RESUMED, MAYA, null, EventPayload.None.INSTANCE, at);
    }

    private long escalation(String writer, int at) {
        return add(
                EventKind.ESCALATION,
                RoomEvent.SYSTEM_ACTOR,
                writer,
                new EventPayload.Escalation(70, List.of(), "paused"),
                at);
    }

    private long acceptedRepair(String by, String offerer, int at) {
        long offer = add(
                EventKind.REPAIR_OFFERED, offerer, null, new EventPayload.RepairOffer("sorry", "I'm sorry.", 0), at);
        return add(EventKind.REPAIR_ACCEPTED, by, offerer, new EventPayload.RepairAccepted(offer, "sorry"), at);
    }

    @Test
    void anEscalationThatPausedTheRoomIsOneRuptureClosedByTheAcceptedRepairAndTimedFromItsStart() {
        started(0);
        heat(ALEX, 40, 2);
        long escalated = escalation(ALEX, 3);
        paused(PauseReason.ESCALATION, 3);
        resumed(8);
        long repair = acceptedRepair(SAM, ALEX, 10);
        ended(30);

        SessionSummary s = SessionSummaries.of(log, T0.plusSeconds(3600)).get(0);

        assertThat(s.ruptures())
                .containsExactly(new Rupture(
                        escalated,
                        T0.plusSeconds(180),
                        List.of(RuptureKind.ESCALATION, RuptureKind.TIME_OUT),
                        RepairKind.REPAIR_ACCEPTED,
                        repair,
                        T0.plusSeconds(600)));
        assertThat(s.medianTimeToRepair()).contains(Duration.ofMinutes(7));
        assertThat(s.pauses()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("escalation");
            assertThat(p.resumedAt()).isEqualTo(T0.plusSeconds(480));
        });
        assertThat(s.heat()).extracting(SessionSummary.HeatPoint::percent).containsExactly(40);
        assertThat(s.length(T0.plusSeconds(9999))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aRuptureWithoutRepairStaysOpenWhenTheSittingEndsAndTheNextSittingStartsAfresh() {
        started(0);
        paused(PauseReason.FLOODED, 5);
        ended(20);
        started(60);
        long safety = paused(PauseReason.SAFETY, 62);
        resumed(70);
        add(EventKind.STEP, RoomEvent.SYSTEM_ACTOR, ALEX, new EventPayload.Step("repaired"), 75);
        long done = add(EventKind.STEP, RoomEvent.SYSTEM_ACTOR, null, new EventPayload.Step("repaired"), 80);

        List<SessionSummary> all = SessionSummaries.of(log, T0.plusSeconds(90 * 60));

        assertThat(all).hasSize(2);
        SessionSummary first = all.get(0);
        assertThat(first.ruptures()).singleElement().satisfies(r -> {
            assertThat(r.kinds()).containsExactly(RuptureKind.TIME_OUT);
            assertThat(r.repaired()).isFalse();
            assertThat(r.timeToRepair()).isEmpty();
        });
        assertThat(first.pauses())
                .singleElement()
                .as("a pause still on at the end lasts until the end")
                .satisfies(p -> assertThat(p.resumedAt()).isEqualTo(T0.plusSeconds(1200)));
        assertThat(first.medianTimeToRepair()).isEmpty();

        SessionSummary second = all.get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.running()).isTrue();
        assertThat(second.ruptures())
                .singleElement()
                .as("a step addressed to one person is not the end of the Aftermath; the room's step is")
                .satisfies(r -> {
                    assertThat(r.seq()).isEqualTo(safety);
                    assertThat(r.kinds()).containsExactly(RuptureKind.SAFETY_PAUSE);
                    assertThat(r.repairedBy()).isEqualTo(RepairKind.AFTERMATH_COMPLETED);
                    assertThat(r.repairSeq()).isEqualTo(done);
                });
        assertThat(second.length(T0.plusSeconds(90 * 60))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anApologyNotYetAcceptedRepairsNothingAndOneAcceptedDoes() {
        started(0);
        escalation(SAM, 1);
        add(EventKind.APOLOGY_ANSWERED, ALEX, SAM, new EventPayload.ApologyAnswer(false), 4);
        add(EventKind.APOLOGY_ANSWERED, ALEX, SAM, new EventPayload.ApologyAnswer(true), 9);
        escalation(ALEX, 12);
        escalation(SAM, 14);
        acceptedRepair(ALEX, SAM, 15);

        SessionSummary s = SessionSummaries.of(log, T0.plusSeconds(3600)).get(0);

        assertThat(s.ruptures())
                .extracting(Rupture::repairedBy)
                .containsExactly(RepairKind.APOLOGY_ACCEPTED, RepairKind.REPAIR_ACCEPTED);
        assertThat(s.ruptures().get(1).kinds())
                .as("a second escalation before the repair belongs to the same rupture")
                .containsExactly(RuptureKind.ESCALATION);
        assertThat(s.ruptures())
                .extracting(r -> r.timeToRepair().orElseThrow())
                .containsExactly(Duration.ofMinutes(8), Duration.ofMinutes(3));
        assertThat(s.medianTimeToRepair()).contains(Duration.ofSeconds(330));
        assertThat(s.repaired()).isEqualTo(2);
    }

    @Test
    void positiveMomentsAgainstMessagesWithHeatSignals() {
        started(0);
        heat(ALEX, 30, 1);
        heat(SAM, 50, 2);
        add(EventKind.REPAIR_ATTEMPT, RoomEvent.SYSTEM_ACTOR, ALEX, new EventPayload.Signals(15, List.of()), 3);
        add(
                EventKind.REPAIR_OFFERED,
                SAM,
                null,
                new EventPayload.RepairOffer("appreciate", "I appreciate you hearing me.", 0),
                4);
        acceptedRepair(SAM, ALEX, 5);
        add(EventKind.REPAIR_OFFERED, ALEX, null, new EventPayload.RepairOffer("stop", "Can we take a break?", 0), 6);

        SessionSummary s = SessionSummaries.of(log, T0.plusSeconds(3600)).get(0);

        assertThat(s.negative()).isEqualTo(2);
        assertThat(s.positive())
                .as("a repair heard in words, an appreciation, an accepted repair; not an offer of a break")
                .isEqualTo(3);
        assertThat(s.ratio()).contains(1.5);
        assertThat(s.ruptures())
                .as("an accepted repair with no rupture open links to nothing")
                .isEmpty();
    }

    @Test
    void anAlertAcknowledgedAfterItsSittingEndedShowsHowLongItWaited() {
        started(0);
        long alert = add(
                EventKind.SAFETY_ALERT,
                RoomEvent.SYSTEM_ACTOR,
                SAM,
                new EventPayload.SafetyAlert(List.of(), "US", 0),
                2);
        ended(10);
        add(
                EventKind.ALERT_ACKNOWLEDGED,
                MAYA,
                SAM,
                new EventPayload.AlertAcknowledged(alert, T0.plusSeconds(120)),
                40);
        started(50);

        List<SessionSummary> all = SessionSummaries.of(log, T0.plusSeconds(3600));

        assertThat(all.get(0).alerts()).singleElement().satisfies(a -> {
            assertThat(a.memberId()).isEqualTo(SAM);
            assertThat(a.waited(T0.plusSeconds(3600))).isEqualTo(Duration.ofMinutes(38));
        });
        assertThat(all.get(1).alerts()).isEmpty();
    }

    @Test
    void talkTimeCountsEachSittingOnItsOwn() {
        started(0);
        add(EventKind.FLOOR_GRANTED, MAYA, ALEX, new EventPayload.Deadline(null), 0);
        add(EventKind.MESSAGE, ALEX, null, new EventPayload.Text("I felt alone."), 1);
        ended(4);
        started(10);
        add(EventKind.FLOOR_GRANTED, MAYA, SAM, new EventPayload.Deadline(null), 10);

        List<SessionSummary> all = SessionSummaries.of(log, T0.plusSeconds(12 * 60));

        assertThat(all.get(0).talk()).singleElement().satisfies(t -> {
            assertThat(t.memberId()).isEqualTo(ALEX);
            assertThat(t.talkTime()).isEqualTo(Duration.ofMinutes(4));
            assertThat(t.words()).isEqualTo(3);
        });
        assertThat(all.get(1).talk())
                .singleElement()
                .as("a turn held now counts up to now")
                .satisfies(t -> assertThat(t.talkTime()).isEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void whatEachPersonSaidInTheAppreciationRoundIsAPositiveMomentAndAPassIsNot() {
        started(0);
        add(EventKind.STEP, RoomEvent.SYSTEM_ACTOR, ALEX, new EventPayload.Step("appreciation"), 1);
        add(EventKind.MESSAGE, ALEX, null, new EventPayload.Text("One thing I appreciated lately is the tea."), 2);
        add(EventKind.MESSAGE, ALEX, null, new EventPayload.Text("And the walk."), 2);
        add(EventKind.STEP, RoomEvent.SYSTEM_ACTOR, SAM, new EventPayload.Step("appreciation"), 3);
        add(EventKind.FLOOR_PASSED, SAM, SAM, EventPayload.None.INSTANCE, 3);
        add(EventKind.MESSAGE, SAM, null, new EventPayload.Text("Later, then."), 4);

        SessionSummary s = SessionSummaries.of(log, T0.plusSeconds(3600)).get(0);

        assertThat(s.positive())
                .as("Alex's one appreciation; not his next message, nor Sam's after a pass")
                .isEqualTo(1);
    }

    @Test
    void eventsBeforeAnySittingBelongToNone() {
        heat(ALEX, 40, 0);
        escalation(ALEX, 0);
        assertThat(SessionSummaries.of(log, T0)).isEmpty();
    }
}
