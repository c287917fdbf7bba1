package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.application.Settings;
import org.attune.domain.Refusal;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.support.Json;
import org.junit.jupiter.api.Test;

class ServerFramesTest {

    private final ServerFrames frames = new ServerFrames();

    {
        frames.settings = Settings.from(Map.of("attune.crisis.region", "GB"));
    }

    @Test
    void aWhisperSaysWhoItIsForAndThatItIsPrivate() {
        RoomEvent whisper = RoomEvent.builder("room-1", 8, EventKind.WHISPER, Instant.parse("2026-11-28T10:00:00Z"))
                .actor("t-1", "Maya Ortiz")
                .audience(Audience.THERAPISTS_AND_TARGET)
                .target("u-2", "Sam Rivera")
                .payload(new EventPayload.Text("Take your time."))
                .build();

        JsonObject frame = Json.parse(frames.event(whisper));

        assertThat(frame.getString("audience")).isEqualTo("therapists_and_target");
        assertThat(frame.getString("target")).isEqualTo("u-2");
        assertThat(frame.getString("targetName")).isEqualTo("Sam Rivera");
    }

    @Test
    void anEventCarriesItsSeqKindActorAndTextVerbatim() {
        String text = "She said \"never\" </script><b>again</b> — 💬";
        RoomEvent event = RoomEvent.builder("room-1", 7, EventKind.MESSAGE, Instant.parse("2026-11-28T10:00:00Z"))
                .actor("u-1", "Alex Chen")
                .payload(new EventPayload.Text(text))
                .commandId("c-1")
                .build();

        JsonObject frame = Json.parse(frames.event(event));

        assertThat(frame.getString("type")).isEqualTo("event");
        assertThat(frame.getJsonNumber("seq").longValue()).isEqualTo(7);
        assertThat(frame.getString("kind")).isEqualTo("message");
        assertThat(frame.getString("actor")).isEqualTo("u-1");
        assertThat(frame.getString("at")).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(frame.getString("text")).isEqualTo(text);
        assertThat(frame.containsKey("audience")).isFalse();
    }

    @Test
    void aWritingLineNamesTheWriterAndUntilWhenButIsNoEvent() {
        MemberView alex = new MemberView("u-1", "Alex Chen", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, null);

        JsonObject writing = Json.parse(frames.writing(alex, true, Instant.parse("2026-11-28T10:00:06Z")));
        assertThat(writing.getString("type")).isEqualTo("writing");
        assertThat(writing.getString("member")).isEqualTo("u-1");
        assertThat(writing.getString("name")).isEqualTo("Alex Chen");
        assertThat(writing.getBoolean("active")).isTrue();
        assertThat(writing.getString("until")).isEqualTo("2026-11-28T10:00:06Z");
        assertThat(writing.keySet()).doesNotContain("seq", "id", "text");

        JsonObject stopped = Json.parse(frames.writing(alex, false, null));
        assertThat(stopped.getBoolean("active")).isFalse();
        assertThat(stopped.keySet()).containsExactlyInAnyOrder("type", "member", "name", "active");
    }

    @Test
    void anErrorWithoutAnIdCarriesNull() {
        JsonObject frame = Json.parse(frames.error(null, Refusal.BAD_REQUEST, "That was not valid JSON."));

        assertThat(frame.isNull("id")).isTrue();
        assertThat(frame.getString("code")).isEqualTo("bad_request");
        assertThat(frame.getString("message")).isEqualTo("That was not valid JSON.");
    }

    @Test
    void anAckNamesTheCommandAndTheSeq() {
        JsonObject frame = Json.parse(frames.ack("m-1", 12));

        assertThat(frame.getString("id")).isEqualTo("m-1");
        assertThat(frame.getJsonNumber("seq").longValue()).isEqualTo(12);
    }

    @Test
    void aSafetyAlertShowsTheRoomsCrisisResourcesOrElseThePractices() {
        RoomEvent inCanada = safetyAlert("CA");
        RoomEvent inARoomWithoutRegion = safetyAlert(null);

        assertThat(Json.parse(frames.event(inCanada)).getJsonObject("resources").getString("region"))
                .isEqualTo("CA");
        var canadasLines =
                Json.parse(frames.event(inCanada)).getJsonObject("resources").getJsonArray("resources");
        assertThat(canadasLines.getJsonObject(0).getJsonArray("needs").getString(0))
                .isEqualTo("crisis");
        var kidsHelpPhone = canadasLines.getJsonObject(canadasLines.size() - 1);
        assertThat(kidsHelpPhone.getJsonArray("needs").getString(0))
                .as("a line for young people says so, for a family room to show it")
                .isEqualTo("youth");
        assertThat(kidsHelpPhone.getString("source")).isEqualTo("https://kidshelpphone.ca/");
        assertThat(kidsHelpPhone.getString("id"))
                .as("the page says a line in the person's language by its id")
                .isEqualTo("ca-kids-help-phone");
        assertThat(Json.parse(frames.event(inARoomWithoutRegion))
                        .getJsonObject("resources")
                        .getString("region"))
                .isEqualTo("GB");
    }

    private static RoomEvent safetyAlert(String region) {
        return RoomEvent.builder("room-1", 9, EventKind.SAFETY_ALERT, Instant.parse("2026-11-28T10:00:00Z"))
                .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                .audience(Audience.THERAPISTS_AND_TARGET)
                .target("u-2", "Sam Rivera")
                .payload(new EventPayload.SafetyAlert(List.of(), region))
                .build();
    }
}
