package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.application.Settings;
import org.attune.domain.Language;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.SafeToTalkAnswer;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.interfaces.JsonFactories;
import org.junit.jupiter.api.Test;

/**
 * The {@code event} frame of every kind is exactly what clients have always
 * received: the frames in {@code golden/event-frames.jsonl} were recorded
 * before events carried typed payloads, one sample event per kind; kinds added
 * since are appended, recorded when they were introduced, and fields added
 * since (the crisis resources' needs, sources and ids) recorded with them.
 */
public class EventFramesUnchangedTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-11-28T10:20:00Z");

    /** One event of each kind, in the order of {@link EventKind}, as the recorded frames have them. */
    public static List<RoomEvent> samples() {
        EventKind[] kinds = EventKind.values();
        return java.util.stream.IntStream.range(0, kinds.length)
                .mapToObj(i -> sample(kinds[i], i + 1))
                .toList();
    }

    static RoomEvent sample(EventKind k, long seq) {
        RoomEvent.Builder b = RoomEvent.builder("room-1", seq, k, AT).actor("u1", "Alex");
        switch (k) {
            case MESSAGE, PARAPHRASE, GUIDANCE, NOTE, CLARIFYING_QUESTION ->
                b.payload(new EventPayload.Text("Hello \"there\"")).commandId("c1");
            case WHISPER ->
                b.payload(new EventPayload.Text("psst")).target("u2", "Sam").audience(Audience.THERAPISTS_AND_TARGET);
            case ROOM_UPDATED -> b.payload(new EventPayload.RoomRenamed("New name"));
            case PROTOCOL_SET -> b.payload(new EventPayload.ProtocolChosen("imago"));
            case MEMBER_MUTED, FLOOR_GRANTED, TURN_WARNING ->
                b.target("u2", "Sam").payload(new EventPayload.Deadline(UNTIL));
            case TURN_LIMIT_SET -> b.payload(new EventPayload.TurnLimit(30));
            case PARAPHRASE_CONFIRMED -> b.target("u2", "Sam").payload(new EventPayload.Confirmation(true));
            case STEP -> b.target("u2", "Sam").payload(new EventPayload.Step("mirror"));
            case ORDER_SET -> b.payload(new EventPayload.Order(List.of("u1", "u2", "u3")));
            case REPAIR_ATTEMPT ->
                b.actor("attune", "Attune")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS)
                        .payload(new EventPayload.Signals(30, List.of(new Evidence("repair_attempt", "I'm sorry"))));
            case PAUSE_SUGGESTED ->
                b.actor("attune", "Attune")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.Signals(0, List.of(new Evidence("flooding", "my heart is racing"))));
            case SIGNALS ->
                b.target("u1", "Alex")
                        .audience(Audience.THERAPISTS)
                        .payload(new EventPayload.Signals(
                                85,
                                List.of(
                                        new Evidence("criticism", "you always"),
                                        new Evidence("contempt", "whatever"))));
            case ESCALATION ->
                b.target("u1", "Alex")
                        .audience(Audience.THERAPISTS)
                        .payload(new EventPayload.Escalation(
                                120, List.of(new Evidence("criticism", "you always")), "suggest_pause"));
            case SAFETY_ALERT ->
                b.target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.SafetyAlert(List.of(new Evidence("self_harm", "hurt myself")), "GB"));
            case PAUSED -> b.payload(new EventPayload.Paused(PauseReason.FLOODED, 20, Exercise.BOX_BREATHING, UNTIL));
            case TO_THERAPIST ->
                b.payload(new EventPayload.Text("For you only"))
                        .commandId("c1")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET);
            case HELD_MESSAGE ->
                b.payload(new EventPayload.Held("He got rough again", true))
                        .commandId("c1")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET);
            case HELD_SHARED ->
                b.payload(new EventPayload.Shared(7))
                        .commandId("c2")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET);
            case RESOURCES_OFFERED ->
                b.target("u2", "Sam")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.ResourcesOffered("NZ", EventPayload.ResourcesOffered.ROOM_PAUSED));
            case ALERT_ACKNOWLEDGED ->
                b.target("u2", "Sam")
                        .audience(Audience.THERAPISTS)
                        .payload(new EventPayload.AlertAcknowledged(9, AT.minusSeconds(150)));
            case ALERT_ESCALATED ->
                b.actor("attune", "Attune")
                        .target("u2", "Sam")
                        .audience(Audience.THERAPISTS)
                        .payload(new EventPayload.AlertEscalated(9, 2, 3, UNTIL));
            case SAFE_TO_TALK_ASKED -> b.commandId("c3").target("u2", "Sam").audience(Audience.THERAPISTS_AND_TARGET);
            case SAFE_TO_TALK_ANSWERED ->
                b.actor("u2", "Sam")
                        .commandId("c4")
                        .target("u2", "Sam")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.SafeToTalkAnswered(43, SafeToTalkAnswer.NOT_SURE));
            case SCREEN_ANSWERED ->
                b.payload(new EventPayload.ScreenAnswered(
                                new ScreenAnswers(2, 3, 2, 4, DirectAnswer.NOT_SURE, DirectAnswer.YES)))
                        .commandId("c1")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS);
            case SCREEN_RECEIVED -> b.target("u1", "Alex").audience(Audience.THERAPISTS_AND_TARGET);
            case FLAG_RESOLVED ->
                b.actor("t1", "Maya Ortiz")
                        .commandId("c3")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS)
                        .payload(new EventPayload.FlagResolved(43, "Spoke with Alex alone; safety plan in place."));
            case ROOM_CLEARED -> b.actor("t1", "Maya Ortiz").commandId("c4");
            case DIALOGUE_REQUESTED -> b.target("u1", "Alex");
            case DIALOGUE_ACCEPTED ->
                b.actor("u2", "Sam").target("u1", "Alex").payload(new EventPayload.Deadline(UNTIL));
            case MORE_TIME ->
                b.commandId("c5")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.Deadline(UNTIL));
            case PAUSE_EXTENDED -> b.actor("attune", "Attune").payload(new EventPayload.Deadline(UNTIL));
            case MORE_TIME_OFFERED ->
                b.actor("attune", "Attune")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.MoreTimeOffered(10));
            case CHECK_IN_WAITING ->
                b.actor("attune", "Attune").payload(new EventPayload.PracticeTold(EventPayload.PracticeTold.ON_CALL));
            case CALM_RATING ->
                b.target("u1", "Alex").audience(Audience.THERAPISTS_AND_TARGET).payload(new EventPayload.CalmRating(4));
            case FEELINGS_CHOSEN ->
                b.commandId("c5")
                        .target("u1", "Alex")
                        .payload(new EventPayload.Feelings(List.of("defensive", "not_listened_to"), false));
            case APOLOGY_ANSWERED ->
                b.actor("u2", "Sam")
                        .commandId("c6")
                        .target("u1", "Alex")
                        .payload(new EventPayload.ApologyAnswer(false));
            case CYCLE_MAP_UPDATED ->
                b.actor("t1", "Maya Ortiz")
                        .commandId("c5")
                        .target("u1", "Alex")
                        .payload(new EventPayload.CycleSet(
                                org.attune.domain.cycle.CycleEntry.of(
                                        "pursue", "anger", List.of("hurt", "fear"), "to_matter", "I want to count."),
                                3,
                                2));
            case CYCLE_STEP_TAGGED ->
                b.actor("t1", "Maya Ortiz")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS)
                        .payload(new EventPayload.CycleTag(12, "softer"));
            case CYCLE_NAMED ->
                b.actor("attune", "Attune")
                        .payload(new EventPayload.Text(org.attune.domain.cycle.CycleInTheRoom.ROOM_LINE));
            case CYCLE_PROMPT ->
                b.actor("attune", "Attune")
                        .target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.Text("Under the anger, is there hurt or fear?"));
            case REPAIR_OFFERED -> b.commandId("c7").payload(new EventPayload.RepairOffer("sorry", "I'm sorry.", 52));
            case REPAIR_ACCEPTED ->
                b.actor("u2", "Sam")
                        .commandId("c8")
                        .target("u1", "Alex")
                        .payload(new EventPayload.RepairAccepted(64, "sorry"));
            case PRACTICE_ASSIGNED ->
                b.actor("t1", "Maya Ortiz")
                        .commandId("c9")
                        .payload(new EventPayload.PracticeSet("appreciation", UNTIL));
            case PRACTICE_CANCELLED, PRACTICE_STARTED, PRACTICE_REMINDED ->
                b.payload(new EventPayload.PracticeRef(77, "appreciation"));
            case PRACTICE_DONE ->
                b.actor("attune", "Attune")
                        .payload(new EventPayload.PracticeFigures(
                                77, "appreciation", 600, 2, new java.util.LinkedHashMap<>(Map.of("u1", 3))));
            case PRACTICE_SHARED ->
                b.target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.PracticeWords(77, List.of("You made dinner.", "Two\nlines \\ here")));
            case PRACTICE_REMINDERS_SET ->
                b.target("u1", "Alex")
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        // The reminder's language stays with the address and out of the frame.
                        .payload(new EventPayload.ReminderAddress("alex@home.test", Language.FRENCH));
            case MEMBER_JOINED,
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
                    NO_MORE -> b.target("u2", "Sam");
            default -> {}
        }
        return b.build();
    }

    @Test
    void everyKindsFrameIsTheOneRecordedBeforeTypedPayloads() throws IOException {
        List<String> recorded = Files.readAllLines(Path.of("src/test/resources/golden/event-frames.jsonl"));
        List<RoomEvent> events = samples();
        assertThat(recorded).hasSameSizeAs(events);
        ServerFrames frames = new ServerFrames();
        frames.settings = Settings.from(Map.of());
        for (int i = 0; i < events.size(); i++) {
            JsonObject now = JsonFactories.reader(frames.event(events.get(i))).readObject();
            JsonObject before = JsonFactories.reader(recorded.get(i)).readObject();
            assertThat(now).as(events.get(i).kind().wireName()).isEqualTo(before);
        }
    }
}
