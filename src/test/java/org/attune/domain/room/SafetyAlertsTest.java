package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.EventPayload.ResourcesOffered;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

/**
 * Safety alerts that someone answers: each stays open until a clinician
 * acknowledges it; when no therapist of the room is here, the practice's
 * on-call contacts are told one after the other until someone does; the
 * writer is told truthfully who follows up.
 */
class SafetyAlertsTest {

    private static final String DISCLOSURE = "He pushed me against the wall again last night.";
    private static final AlertPolicy THREE_CONTACTS = new AlertPolicy(3, Duration.ofMinutes(10));

    private static RoomFixture guided() {
        return RoomFixture.open(RoomMode.GUIDED, THREE_CONTACTS, "open", "alex", "sam");
    }

    private static RoomFixture moderated() {
        return RoomFixture.open(RoomMode.MODERATED, THREE_CONTACTS, "open", "alex", "sam");
    }

    private static long alertOf(List<RoomEvent> events) {
        return events.stream()
                .filter(e -> e.kind() == EventKind.SAFETY_ALERT)
                .findFirst()
                .orElseThrow()
                .seq();
    }

    private static ResourcesOffered offered(List<RoomEvent> events) {
        return events.stream()
                .filter(e -> e.kind() == EventKind.RESOURCES_OFFERED)
                .findFirst()
                .orElseThrow()
                .payload(ResourcesOffered.class);
    }

    @Test
    void withATherapistConnectedTheAlertWaitsForThemAndTheWriterIsToldTheyAreHere() {
        RoomFixture room = moderated();
        room.state.presence("maya", true);
        room.state.presence("sam", true);

        List<RoomEvent> said = room.say("sam", DISCLOSURE);

        assertThat(describe(said)).startsWith("held_message@sam", "safety_alert@sam", "resources_offered@sam");
        assertThat(offered(said).followUp()).isEqualTo(ResourcesOffered.THERAPIST_HERE);
        assertThat(room.state.safetyAlerts()).singleElement().satisfies(a -> {
            assertThat(a.seq()).isEqualTo(alertOf(said));
            assertThat(a.acknowledged()).isFalse();
            assertThat(a.level()).as("nobody else was told").isZero();
        });
        assertThat(room.state.standingTimers())
                .as("unanswered, it goes to the first on-call contact after the wait")
                .singleElement()
                .satisfies(t -> assertThat(t.at()).isEqualTo(room.now().plus(Duration.ofMinutes(10))));
    }

    @Test
    void aTherapistAcknowledgesAnAlertOnceAndItStopsWaiting() {
        RoomFixture room = moderated();
        room.state.presence("maya", true);
        long alert = alertOf(room.say("sam", DISCLOSURE));
        room.advance(Duration.ofSeconds(95));

        List<RoomEvent> acknowledged = room.act("maya", new RoomCommand.AcknowledgeAlert(alert));

        assertThat(describe(acknowledged)).containsExactly("alert_acknowledged@sam");
        RoomEvent ack = acknowledged.get(0);
        assertThat(ack.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(ack.actorId()).isEqualTo("maya");
        EventPayload.AlertAcknowledged payload = ack.payload(EventPayload.AlertAcknowledged.class);
        assertThat(payload.alert()).isEqualTo(alert);
        assertThat(Duration.between(payload.raisedAt(), ack.occurredAt())).isEqualTo(Duration.ofSeconds(95));
        assertThat(room.state.maySee("sam", ack)).isFalse();
        assertThat(room.state.maySee("alex", ack)).isFalse();
        assertThat(room.state.standingTimers()).as("nothing more to escalate").isEmpty();
        assertThat(room.state.safetyAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.waited()).contains(Duration.ofSeconds(95)));

        room.refused("maya", new RoomCommand.AcknowledgeAlert(alert), Refusal.INVALID_STATE);
        room.refused("maya", new RoomCommand.AcknowledgeAlert(alert - 1), Refusal.NOT_FOUND);
        room.refused("maya", new RoomCommand.AcknowledgeAlert(9999), Refusal.NOT_FOUND);
    }

    @Test
    void onlyATherapistAcknowledges() {
        RoomFixture room = moderated();
        long alert = alertOf(room.say("sam", DISCLOSURE));

        room.refused("alex", new RoomCommand.AcknowledgeAlert(alert), Refusal.FORBIDDEN);
        room.refused("sam", new RoomCommand.AcknowledgeAlert(alert), Refusal.FORBIDDEN);
    }

    @Test
    void inAGuidedRoomTheFirstOnCallContactIsToldAtOnceAndTheWriterIsToldSo() {
        RoomFixture room = guided();
        room.state.presence("sam", true);

        List<RoomEvent> said = room.say("sam", DISCLOSURE);

        assertThat(describe(said))
                .startsWith("held_message@sam", "safety_alert@sam", "alert_escalated@sam", "resources_offered@sam");
        RoomEvent escalated = said.get(2);
        assertThat(escalated.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(escalated.payload(EventPayload.AlertEscalated.class))
                .isEqualTo(new EventPayload.AlertEscalated(
                        alertOf(said), 1, 3, room.now().plus(Duration.ofMinutes(10))));
        assertThat(offered(said))
                .isEqualTo(new ResourcesOffered(null, ResourcesOffered.HELD, ResourcesOffered.ON_CALL, 10));
    }

    @Test
    void whenTheRoomsTherapistIsAwayTheWriterIsToldTheOnCallClinicianWasTold() {
        RoomFixture room = moderated();
        room.state.presence("sam", true);

        List<RoomEvent> said = room.act("sam", new RoomCommand.ToTherapist("I don't want to be alive any more."));

        assertThat(describe(said))
                .containsExactly(
                        "to_therapist@sam", "safety_alert@sam", "alert_escalated@sam", "resources_offered@sam");
        assertThat(offered(said).followUp()).isEqualTo(ResourcesOffered.THERAPIST_AWAY);
        assertThat(offered(said).withinMinutes()).isEqualTo(10);
    }

    @Test
    void withoutOnCallContactsNobodyIsPromisedAndNothingEscalates() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");

        List<RoomEvent> said = room.say("sam", DISCLOSURE);

        assertThat(describe(said)).doesNotContain("alert_escalated@sam");
        assertThat(offered(said).followUp()).isEqualTo(ResourcesOffered.PRACTICE);
        assertThat(offered(said).withinMinutes()).isZero();
        assertThat(room.state.standingTimers()).isEmpty();
        assertThat(room.state.safetyAlerts()).hasSize(1);
    }

    @Test
    void anUnansweredAlertGoesDownTheListInOrderEachStepOnceThenStops() {
        RoomFixture room = guided();
        long alert = alertOf(room.say("sam", DISCLOSURE));
        var raisedAt = room.now();

        List<RoomEvent> second = room.fireAlertTimer();
        assertThat(describe(second)).containsExactly("alert_escalated@sam");
        assertThat(second.get(0).occurredAt()).isEqualTo(raisedAt.plus(Duration.ofMinutes(10)));
        assertThat(second.get(0).payload(EventPayload.AlertEscalated.class).level())
                .isEqualTo(2);

        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.EscalateAlert(alert, 2)))
                .as("the same step fired again changes nothing")
                .isEmpty();
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.EscalateAlert(alert, 3), raisedAt))
                .as("nor does a step before its time")
                .isEmpty();

        List<RoomEvent> third = room.fireAlertTimer();
        EventPayload.AlertEscalated last = third.get(0).payload(EventPayload.AlertEscalated.class);
        assertThat(last.level()).isEqualTo(3);
        assertThat(last.next()).as("the last contact: nobody after them").isNull();
        assertThat(third.get(0).occurredAt()).isEqualTo(raisedAt.plus(Duration.ofMinutes(20)));

        assertThat(room.state.standingTimers()).as("the list is done").isEmpty();
        assertThat(room.state.safetyAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo(3));
    }

    @Test
    void anAlertsEscalationSurvivesARestartAndStopsWhenItIsAcknowledged() {
        RoomFixture room = guided();
        long alert = alertOf(room.say("sam", DISCLOSURE));
        room.fireAlertTimer();

        RoomState restarted = room.rebuilt();
        assertThat(restarted.standingTimers())
                .as("the restarted room knows the open alert and when its next step is due")
                .containsExactlyElementsOf(room.state.standingTimers());
        assertThat(restarted.safetyAlerts()).isEqualTo(room.state.safetyAlerts());

        room.act("maya-on-call", new RoomCommand.AcknowledgeAlertForPractice(alert, "lee", "Lee Park"));
        assertThat(room.rebuilt().standingTimers())
                .as("acknowledged: no more steps, after a restart too")
                .isEmpty();
        assertThat(room.act(
                        RoomEvent.SYSTEM_ACTOR,
                        new RoomCommand.EscalateAlert(alert, 3),
                        room.now().plusSeconds(3600)))
                .as("a timer armed before the acknowledgement fires into nothing")
                .isEmpty();
        assertThat(room.rebuilt().safetyAlerts()).singleElement().satisfies(a -> {
            assertThat(a.acknowledgedBy()).isEqualTo("Lee Park");
            assertThat(a.level())
                    .as("how many contacts were told, also once acknowledged")
                    .isEqualTo(2);
        });
    }

    @Test
    void aClinicianOfThePracticeAcknowledgesForARoomWithoutATherapist() {
        RoomFixture room = guided();
        long alert = alertOf(room.say("sam", DISCLOSURE));
        room.advance(Duration.ofMinutes(3));

        List<RoomEvent> acknowledged =
                room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.AcknowledgeAlertForPractice(alert, "lee", "Lee Park"));

        assertThat(describe(acknowledged)).containsExactly("alert_acknowledged@sam");
        assertThat(acknowledged.get(0).actorId()).isEqualTo("lee");
        assertThat(acknowledged.get(0).actorName()).isEqualTo("Lee Park");
        assertThat(room.state.standingTimers()).isEmpty();
        room.refused(
                RoomEvent.SYSTEM_ACTOR,
                new RoomCommand.AcknowledgeAlertForPractice(alert, "kim", "Kim Lo"),
                Refusal.INVALID_STATE);
    }

    @Test
    void eachOpenAlertHasItsOwnClock() {
        RoomFixture room = guided();
        long first = alertOf(room.say("sam", DISCLOSURE));
        room.advance(Duration.ofMinutes(4));
        long second = alertOf(room.say("alex", "I'm scared of him."));

        assertThat(room.state.standingTimers())
                .extracting(t -> ((RoomCommand.EscalateAlert) t.command()).alert())
                .containsExactly(first, second);
        room.act("x", new RoomCommand.AcknowledgeAlertForPractice(first, "lee", "Lee Park"));
        assertThat(room.state.standingTimers())
                .singleElement()
                .satisfies(t -> assertThat(t.command()).isEqualTo(new RoomCommand.EscalateAlert(second, 2)));
    }
}
