package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * The Imago dialogue (with its appointment and a "not quite"), a speaker-listener
 * piece with a clarifying question, and the family round over real sockets, as
 * the people in the room would go through them.
 */
class ProtocolsIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final String MORGAN_ID = DemoUsers.idOf(DemoUsers.MORGAN);
    private static final String JAMIE_ID = DemoUsers.idOf(DemoUsers.JAMIE);
    private static final String RILEY_ID = DemoUsers.idOf(DemoUsers.RILEY);

    @Test
    void aCoupleCompletesAnImagoRound() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(command("start_session", "start").add("protocol", "imago").build());
            sam.next(event("protocol_set"));
            // The appointment: the therapist invites Alex to ask; Sam names a time; Alex asks again; Sam accepts now.
            maya.send(command("grant_floor", "grant").add("to", ALEX_ID).build());
            assertThat(sam.next(event("dialogue_requested", ALEX_ID)).getString("actor"))
                    .isEqualTo(DemoUsers.idOf(DemoUsers.THERAPIST));
            alex.send(say("a-0", "Can I start?"));
            assertThat(alex.next("error").getString("code")).isEqualTo("not_your_turn");
            String later = Instant.now().plus(Duration.ofHours(2)).toString();
            sam.send(command("accept_dialogue", "s-later").add("at", later).build());
            assertThat(Instant.parse(
                            alex.next(event("dialogue_accepted", ALEX_ID)).getString("until")))
                    .isEqualTo(Instant.parse(later));
            assertThat(alex.next(f ->
                                    "turn".equals(f.getString("type")) && "appointed".equals(f.getString("phase", "")))
                            .getString("appointment"))
                    .isNotBlank();
            sam.send(command("accept_dialogue", "s-past")
                    .add("at", "2020-01-01T10:00:00Z")
                    .build());
            assertThat(sam.next("error").getString("code")).isEqualTo("bad_request");
            alex.send(command("ask_dialogue", "a-ask").build());
            assertThat(sam.next(event("dialogue_requested", ALEX_ID)).getString("actor"))
                    .isEqualTo(ALEX_ID);
            sam.send(command("accept_dialogue", "s-now").build());
            assertThat(alex.next(event("dialogue_accepted", ALEX_ID)).containsKey("until"))
                    .isFalse();
            assertThat(sam.next(event("listener_set")).getString("target")).isEqualTo(SAM_ID);
            JsonObject send = alex.next(event("step", ALEX_ID));
            assertThat(send.getString("step")).isEqualTo("send");

            alex.send(say("a-1", "When you were on your phone at dinner, I felt alone."));
            alex.next(ack("a-1"));
            JsonObject mirror = sam.next(event("step", SAM_ID));
            assertThat(mirror.getString("step")).isEqualTo("mirror");
            assertThat(mirror.getString("stem")).isEqualTo("If I got it, you said… Did I get it?");
            assertThat(mirror.getString("prompt")).isNotBlank();
            alex.send(say("a-2", "And another thing"));
            assertThat(alex.next("error").getString("code")).isEqualTo("not_your_turn");

            // "Did I get it?" Not quite: Sam mirrors again.
            sam.send(say("s-0", "If I got it, you were bored at dinner. Did I get it?"));
            assertThat(alex.next(f -> "turn".equals(f.getString("type"))
                                    && "confirm_mirror".equals(f.getString("phase", "")))
                            .getString("stepBy"))
                    .isEqualTo(ALEX_ID);
            alex.send(command("confirm", "a-not-quite").add("accurate", false).build());
            assertThat(sam.next(event("paraphrase_confirmed", SAM_ID)).getInt("amount"))
                    .isZero();
            JsonObject again = sam.next(event("step", SAM_ID));
            assertThat(again.getString("step")).isEqualTo("mirror");
            assertThat(again.getBoolean("again")).isTrue();
            assertThat(again.getString("prompt")).contains("Mirror again");
            sam.send(say("s-1", "If I got it, when I was on my phone at dinner, you felt alone. Did I get it?"));
            sam.next(ack("s-1"));
            alex.send(command("confirm", "a-yes-1").add("accurate", true).build());
            assertThat(alex.next(event("step", ALEX_ID)).getString("step")).isEqualTo("more");
            alex.send(say("a-3", "Yes. And I missed talking with you."));
            sam.next(event("step", SAM_ID));
            sam.send(say("s-2", "You missed talking with me."));
            sam.next(ack("s-2"));
            alex.send(command("confirm", "a-yes-2").add("accurate", true).build());
            alex.next(event("step", ALEX_ID));
            alex.send(command("no_more", "a-done").build());
            assertThat(sam.next(event("no_more")).getString("actor")).isEqualTo(ALEX_ID);

            for (String[] step : List.of(
                    new String[] {"summary", "Let me see if I got all of that…"},
                    new String[] {"validation", "You make sense to me because dinner is our time."},
                    new String[] {"empathy", "I imagine you might feel lonely and unimportant."})) {
                JsonObject announced = sam.next(event("step", SAM_ID));
                assertThat(announced.getString("step")).isEqualTo(step[0]);
                sam.send(say("s-" + step[0], step[1]));
                sam.next(ack("s-" + step[0]));
                if (!step[0].equals("validation")) {
                    // "Did I get it all?" and "Is that your feeling?": yes.
                    alex.send(command("confirm", "a-" + step[0])
                            .add("accurate", true)
                            .build());
                    alex.next(ack("a-" + step[0]));
                }
            }
            assertThat(alex.next(event("floor_granted", SAM_ID)).getString("actor"))
                    .isEqualTo("attune");
            alex.next(event("listener_set", ALEX_ID));
            assertThat(sam.next(event("step", SAM_ID)).getString("step")).isEqualTo("send");

            try (LiveClient late = room.connect(DemoUsers.THERAPIST)) {
                JsonObject welcome = late.next("welcome");
                JsonObject turn = welcome.getJsonObject("turn");
                assertThat(turn.getString("protocol")).isEqualTo("imago");
                assertThat(turn.getString("holder")).isEqualTo(SAM_ID);
                assertThat(turn.getString("partner")).isEqualTo(ALEX_ID);
                assertThat(turn.getString("step")).isEqualTo("send");
                assertThat(turn.getString("stem")).isEqualTo("What I would like to share with you is…");
                JsonObject samTalk = member(welcome, SAM_ID).getJsonObject("talk");
                assertThat(samTalk.getInt("turns")).isEqualTo(1);
                assertThat(samTalk.getInt("messages")).isEqualTo(6);
                JsonObject alexTalk = member(welcome, ALEX_ID).getJsonObject("talk");
                assertThat(alexTalk.getInt("turns")).isEqualTo(1);
                assertThat(alexTalk.getInt("messages")).isEqualTo(2);
                assertThat(alexTalk.getInt("words")).isEqualTo(18);
            }
        }
        ApiClient api = ApiClient.forTestStack();
        JsonObject transcript =
                Json.parse(api.get("/api/rooms/" + room.id() + "/transcript", TestRoom.token(DemoUsers.ALEX))
                        .body());
        JsonObject alexShare = transcript.getJsonArray("participation").stream()
                .map(v -> v.asJsonObject())
                .filter(p -> ALEX_ID.equals(p.getString("member")))
                .findFirst()
                .orElseThrow();
        assertThat(alexShare.getInt("turns")).isEqualTo(1);
        assertThat(alexShare.getInt("words")).isEqualTo(18);
        assertThat(transcript.getJsonArray("events").stream()
                        .map(v -> v.asJsonObject())
                        .filter(e -> "step".equals(e.getString("kind"))
                                && "validation"
                                        .equals(e.getJsonObject("payload").getString("step")))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("payload")
                        .getString("stem"))
                .isEqualTo("You make sense to me because…");
        String text = api.get("/api/rooms/" + room.id() + "/transcript?format=text", TestRoom.token(DemoUsers.SAM))
                .body();
        assertThat(text).contains("Who spoke").contains("Step \"mirror\"");
    }

    @Test
    void aFamilyCompletesARoundWithATurnThatTimesOut() {
        TestRoom room = TestRoom.family("moderated").clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient morgan = room.enter(DemoUsers.MORGAN);
                LiveClient jamie = room.enter(DemoUsers.JAMIE);
                LiveClient riley = room.enter(DemoUsers.RILEY)) {
            maya.send(command("start_session", "start").add("protocol", "round").build());
            jamie.next(event("protocol_set"));
            maya.send(command("set_turn_limit", "limit").add("seconds", 10).build());
            jamie.next(event("turn_limit_set"));

            maya.send(command("grant_floor", "grant").add("to", JAMIE_ID).build());
            JsonObject order = riley.next(event("order_set"));
            assertThat(order.getJsonArray("order").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString)
                            .toList())
                    .containsExactly(JAMIE_ID, MORGAN_ID, RILEY_ID);
            assertThat(riley.next(event("floor_granted", JAMIE_ID)).getString("until"))
                    .isNotBlank();

            riley.send(say("r-0", "Can I go?"));
            assertThat(riley.next("error").getString("code")).isEqualTo("not_your_turn");
            maya.send(command("reorder", "reorder")
                    .add(
                            "order",
                            jakarta.json.Json.createArrayBuilder().add(RILEY_ID).add(MORGAN_ID))
                    .build());
            jamie.next(event("order_set"));

            jamie.send(say("j-1", "I wish we had more time on weekends."));
            jamie.next(ack("j-1"));
            jamie.send(command("pass_floor", "j-pass").build());
            riley.next(event("floor_granted", RILEY_ID));
            riley.send(say("r-1", "Me too."));
            riley.next(ack("r-1"));
            riley.send(command("pass_floor", "r-pass").build());

            // Morgan says nothing: warned, then the time is up and the round is over.
            JsonObject granted = morgan.next(event("floor_granted", MORGAN_ID));
            Instant deadline = Instant.parse(granted.getString("until"));
            assertThat(morgan.next(event("turn_warning", MORGAN_ID), Duration.ofSeconds(20)))
                    .isNotNull();
            JsonObject ended = maya.next(event("turn_ended", MORGAN_ID), Duration.ofSeconds(20));
            assertThat(ended.getString("actor")).isEqualTo("attune");
            assertThat(Instant.parse(ended.getString("at"))).isAfterOrEqualTo(deadline);

            morgan.send(say("m-1", "Wait, my turn?"));
            assertThat(morgan.next("error").getString("code")).isEqualTo("not_your_turn");
            try (LiveClient late = room.connect(DemoUsers.THERAPIST)) {
                JsonObject turn = late.next("welcome").getJsonObject("turn");
                assertThat(turn.getString("phase")).isEqualTo("idle");
                assertThat(turn.getJsonArray("order")).isEmpty();
            }
        }
    }

    @Test
    void aGuidedFamilyRoomStartsItsRoundByItself() {
        TestRoom room = TestRoom.family("guided").clearedForConversation();
        try (LiveClient morgan = room.enter(DemoUsers.MORGAN);
                LiveClient jamie = room.enter(DemoUsers.JAMIE)) {
            morgan.send(
                    command("start_session", "start").add("protocol", "round").build());
            JsonObject order = jamie.next(event("order_set"));
            assertThat(order.getString("actor")).isEqualTo("attune");
            JsonObject first = jamie.next(event("floor_granted"));
            assertThat(first.getString("actor")).isEqualTo("attune");
            assertThat(first.getString("target")).isEqualTo(MORGAN_ID);
            morgan.send(say("m-1", "I'll start."));
            morgan.next(ack("m-1"));
            morgan.send(command("pass_floor", "m-pass").build());
            assertThat(jamie.next(event("floor_granted", JAMIE_ID))).isNotNull();
        }
    }

    @Test
    void aSpeakerListenerPieceWithOneClarifyingQuestion() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(command("start_session", "start")
                    .add("protocol", "speaker_listener")
                    .build());
            sam.next(event("protocol_set"));
            maya.send(command("grant_floor", "grant").add("to", ALEX_ID).build());
            JsonObject started =
                    sam.next(f -> "turn".equals(f.getString("type")) && "speaking".equals(f.getString("phase", "")));
            assertThat(started.getString("reminder")).contains("no problem solving");

            alex.send(say("a-1", "Sunday was hard for me."));
            JsonObject listening = sam.next(
                    f -> "turn".equals(f.getString("type")) && "paraphrasing".equals(f.getString("phase", "")));
            assertThat(listening.getString("stem")).isEqualTo("What I hear you saying is…");
            assertThat(listening.getString("stepBy")).isEqualTo(SAM_ID);

            sam.send(command("say", "s-q")
                    .add("text", "What was hardest about it?")
                    .add("as", "question")
                    .build());
            JsonObject question = alex.next(event("clarifying_question"));
            assertThat(question.getString("actor")).isEqualTo(SAM_ID);
            assertThat(question.getString("text")).isEqualTo("What was hardest about it?");
            sam.send(say("s-early", "You mean…"));
            assertThat(sam.next("error").getString("code")).isEqualTo("not_your_turn");
            alex.send(say("a-2", "Being alone all afternoon."));
            assertThat(sam.next(event("message")).getString("text")).isEqualTo("Sunday was hard for me.");
            sam.next(event("message"));

            sam.send(command("say", "s-q2")
                    .add("text", "And why?")
                    .add("as", "question")
                    .build());
            JsonObject refused = sam.next("error");
            assertThat(refused.getString("code")).isEqualTo("invalid_state");
            assertThat(refused.getString("message")).contains("one question");
            sam.send(say("s-1", "What I hear you saying is that Sunday afternoon alone was hard."));
            assertThat(alex.next(event("paraphrase")).getString("actor")).isEqualTo(SAM_ID);
        }
    }

    private static JsonObject member(JsonObject welcome, String id) {
        return welcome.getJsonArray("members").stream()
                .map(v -> v.asJsonObject())
                .filter(m -> id.equals(m.getString("id")))
                .findFirst()
                .orElseThrow();
    }
}
