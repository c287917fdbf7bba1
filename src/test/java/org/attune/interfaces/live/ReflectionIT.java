package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/** The detector in context over real sockets: reflections, repair attempts and flooding in words. */
class ReflectionIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String HARD = "You feel like a failure, you're pathetic and you never listen to anyone.";

    @Test
    void aListenersParaphrasesOfHardWordsRaiseNoEscalationInAGuidedRoom() {
        TestRoom room = TestRoom.guidedCouple().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(command("start_session", "start")
                    .add("protocol", "speaker_listener")
                    .build());
            alex.next(ack("start"));
            String speakerId = alex.next(event("floor_granted")).getString("target");
            LiveClient speaker = speakerId.equals(ALEX_ID) ? alex : sam;
            LiveClient listener = speaker == alex ? sam : alex;
            String listenerId = speaker == alex ? DemoUsers.idOf(DemoUsers.SAM) : ALEX_ID;
            for (int i = 0; i < 3; i++) {
                speaker.send(say("piece-" + i, "I felt alone at the party."));
                speaker.next(ack("piece-" + i));
                listener.send(say("mirror-" + i, HARD));
                assertThat(listener.next(ack("mirror-" + i))).isNotNull();
                speaker.send(
                        command("confirm", "yes-" + i).add("accurate", true).build());
                speaker.next(ack("yes-" + i));
                maya.next(event("paraphrase_confirmed"));
            }
            List<JsonObject> seenByMaya = maya.drain();
            assertThat(seenByMaya)
                    .as("the listener's paraphrases of hard words show no heat to the therapist")
                    .noneMatch(f -> List.of("signals", "escalation").contains(f.getString("kind", ""))
                            && listenerId.equals(f.getString("target", "")));
            assertThat(seenByMaya).noneMatch(f -> "paused".equals(f.getString("kind", "")));
            assertThat(listener.drain()).noneMatch(f -> "paused".equals(f.getString("kind", "")));

            speaker.send(say("own", HARD));
            speaker.next(ack("own"));
            assertThat(maya
                            .next(event("signals", speakerId))
                            .getJsonArray("signals")
                            .getValuesAs(JsonValue::asJsonObject)
                            .stream()
                            .map(s -> s.getString("signal"))
                            .toList())
                    .as("the same words in the speaker's own voice are heat")
                    .contains("contempt");
        }
    }

    @Test
    void theTherapistSeesARepairAttemptAndOnlyTheWriterIsOfferedATimeOutForFlooding() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(say("a-1", "You NEVER listen, you selfish idiot!!!"));
            maya.next(event("signals", ALEX_ID));
            alex.send(say("a-2", "I'm sorry, that came out wrong. Can I try that again?"));
            JsonObject repair = maya.next(event("repair_attempt", ALEX_ID));
            assertThat(repair.getString("audience")).isEqualTo("therapists");
            JsonObject finding = repair.getJsonArray("signals").getJsonObject(0);
            assertThat(finding.getString("signal")).isEqualTo("repair_attempt");
            assertThat(finding.getString("words")).isEqualTo("I'm sorry");
            assertThat(repair.getJsonNumber("heat").doubleValue())
                    .isGreaterThan(0)
                    .isLessThan(0.5);

            alex.send(say("a-3", "My heart is racing and I can't think straight."));
            JsonObject suggested = alex.next(event("pause_suggested", ALEX_ID));
            assertThat(suggested.getString("audience")).isEqualTo("therapists_and_target");
            assertThat(suggested.getJsonArray("signals").getJsonObject(0).getString("signal"))
                    .isEqualTo("flooding");
            maya.next(event("pause_suggested", ALEX_ID));
            alex.next(ack("a-3"));
            sam.next(event("message").and(f -> f.getString("text", "").startsWith("My heart is racing")));

            // Sam's own ack comes after every event the room sent Sam before it.
            sam.send(say("s-1", "I'm listening."));
            sam.next(ack("s-1"));
            assertThat(sam.drain())
                    .as("the others never see a repair attempt's finding nor the time-out suggestion")
                    .noneMatch(f -> List.of("repair_attempt", "pause_suggested").contains(f.getString("kind", "")));
            assertThat(alex.drain()).noneMatch(f -> "repair_attempt".equals(f.getString("kind", "")));
        }
    }
}
