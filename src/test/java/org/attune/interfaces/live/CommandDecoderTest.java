package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandDecoderTest {

    @Test
    void readsSay() {
        assertThat(CommandDecoder.decode("{\"type\":\"say\",\"id\":\"1\",\"text\":\"Hello\"}"))
                .isEqualTo(new ClientCommand.Act("1", new RoomCommand.Say("Hello")));
    }

    @Test
    void readsAClarifyingQuestion() {
        assertThat(CommandDecoder.decode("{\"type\":\"say\",\"id\":\"1\",\"text\":\"Why?\",\"as\":\"question\"}"))
                .isEqualTo(new ClientCommand.Act("1", new RoomCommand.Say("Why?", true)));
        assertThat(CommandDecoder.decode("{\"type\":\"say\",\"id\":\"1\",\"text\":\"Hi\",\"as\":\"message\"}"))
                .isEqualTo(new ClientCommand.Act("1", new RoomCommand.Say("Hi")));
        assertThatThrownBy(() ->
                        CommandDecoder.decode("{\"type\":\"say\",\"id\":\"1\",\"text\":\"Hi\",\"as\":\"rebuttal\"}"))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST));
    }

    @Test
    void readsTheDialogueAppointment() {
        assertThat(CommandDecoder.decode("{\"type\":\"ask_dialogue\",\"id\":\"a\"}"))
                .isEqualTo(new ClientCommand.Act("a", new RoomCommand.Turn(new TurnCommand.AskDialogue())));
        assertThat(CommandDecoder.decode("{\"type\":\"accept_dialogue\",\"id\":\"b\"}"))
                .isEqualTo(new ClientCommand.Act("b", new RoomCommand.Turn(new TurnCommand.AcceptDialogue(null))));
        assertThat(CommandDecoder.decode(
                        "{\"type\":\"accept_dialogue\",\"id\":\"c\",\"at\":\"2026-12-02T19:40:00+01:00\"}"))
                .isEqualTo(new ClientCommand.Act(
                        "c",
                        new RoomCommand.Turn(new TurnCommand.AcceptDialogue(Instant.parse("2026-12-02T18:40:00Z")))));
        for (String at : new String[] {"\"19:40\"", "\"tonight\"", "1940"}) {
            assertThatThrownBy(() ->
                            CommandDecoder.decode("{\"type\":\"accept_dialogue\",\"id\":\"d\",\"at\":" + at + "}"))
                    .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                        assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST);
                        assertThat(e.commandId()).isEqualTo("d");
                    });
        }
    }

    @Test
    void readsTypingAndRefusesItWithoutATrueOrFalse() {
        assertThat(CommandDecoder.decode("{\"type\":\"typing\",\"id\":\"t\",\"active\":true}"))
                .isEqualTo(new ClientCommand.Typing("t", true));
        assertThat(CommandDecoder.decode("{\"type\":\"typing\",\"id\":\"t\",\"active\":false}"))
                .isEqualTo(new ClientCommand.Typing("t", false));
        for (String frame : new String[] {
            "{\"type\":\"typing\",\"id\":\"t\"}",
            "{\"type\":\"typing\",\"id\":\"t\",\"active\":\"yes\"}",
            "{\"type\":\"typing\",\"id\":\"t\",\"active\":1}",
            "{\"type\":\"typing\",\"id\":\"t\",\"active\":null}"
        }) {
            assertThatThrownBy(() -> CommandDecoder.decode(frame))
                    .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                        assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST);
                        assertThat(e.commandId()).isEqualTo("t");
                        assertThat(e.getMessage()).isEqualTo("\"active\" must be true or false.");
                    });
        }
    }

    @Test
    void readsThePracticeCommandsAndRefusesADueTimeWithoutItsOffsetAndAnAddressTooLong() {
        assertThat(CommandDecoder.decode("{\"type\":\"assign_practice\",\"id\":\"p\",\"kind\":\"appreciation\","
                        + "\"due\":\"2026-12-10T20:00:00+01:00\"}"))
                .isEqualTo(new ClientCommand.Act(
                        "p", new RoomCommand.AssignPractice("appreciation", Instant.parse("2026-12-10T19:00:00Z"))));
        assertThat(CommandDecoder.decode("{\"type\":\"start_practice\",\"id\":\"s\",\"practice\":12}"))
                .isEqualTo(new ClientCommand.Act("s", new RoomCommand.StartPractice(12)));
        assertThat(CommandDecoder.decode("{\"type\":\"practice_reminders\",\"id\":\"r\",\"email\":null}"))
                .isEqualTo(new ClientCommand.Act("r", new RoomCommand.PracticeReminders(null)));
        for (String frame : new String[] {
            "{\"type\":\"assign_practice\",\"id\":\"p\",\"kind\":\"appreciation\"}",
            "{\"type\":\"assign_practice\",\"id\":\"p\",\"kind\":\"appreciation\",\"due\":\"2026-12-10T20:00\"}",
            "{\"type\":\"share_practice\",\"id\":\"s\",\"practice\":-1}",
            "{\"type\":\"practice_reminders\",\"id\":\"r\",\"email\":\"" + "a".repeat(250) + "@x.test\"}"
        }) {
            assertThatThrownBy(() -> CommandDecoder.decode(frame))
                    .as(frame)
                    .isInstanceOfSatisfying(
                            RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST));
        }
    }

    @Test
    void readsResumeAndPing() {
        assertThat(CommandDecoder.decode("{\"type\":\"resume\",\"id\":\"r\",\"afterSeq\":42}"))
                .isEqualTo(new ClientCommand.Resume("r", 42));
        assertThat(CommandDecoder.decode("{\"type\":\"ping\",\"id\":\"p\"}")).isEqualTo(new ClientCommand.Ping("p"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,2]", "\"say\"", "null", "{\"type\":\"say\"", "{\"type\":5,\"id\":\"1\"}"})
    void refusesWhatIsNotACommandObject(String frame) {
        assertThatThrownBy(() -> CommandDecoder.decode(frame))
                .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void readsTheModerationCommands() {
        assertThat(CommandDecoder.decode("{\"type\":\"mute\",\"id\":\"m\",\"member\":\"u-2\",\"minutes\":5}"))
                .isEqualTo(new ClientCommand.Act("m", new RoomCommand.Mute("u-2", 5)));
        assertThat(CommandDecoder.decode("{\"type\":\"whisper\",\"id\":\"w\",\"to\":\"u-2\",\"text\":\"Breathe\"}"))
                .isEqualTo(new ClientCommand.Act("w", new RoomCommand.Whisper("u-2", "Breathe")));
        assertThat(CommandDecoder.decode("{\"type\":\"start_session\",\"id\":\"s\",\"protocol\":\"open\"}"))
                .isEqualTo(new ClientCommand.Act("s", new RoomCommand.StartSession("open")));
        assertThat(CommandDecoder.decode("{\"type\":\"admit\",\"id\":\"a\",\"member\":\"u-3\"}"))
                .isEqualTo(new ClientCommand.Act("a", new RoomCommand.Admit("u-3")));
    }

    @Test
    void readsAPrivateCheckInAndItsAnswer() {
        assertThat(CommandDecoder.decode("{\"type\":\"ask_safe_to_talk\",\"id\":\"k\",\"member\":\"u-2\"}"))
                .isEqualTo(new ClientCommand.Act("k", new RoomCommand.AskSafeToTalk("u-2")));
        assertThat(CommandDecoder.decode(
                        "{\"type\":\"answer_safe_to_talk\",\"id\":\"a\",\"check\":12,\"answer\":\"not_sure\"}"))
                .isEqualTo(new ClientCommand.Act("a", new RoomCommand.AnswerSafeToTalk(12, "not_sure")));
        assertThatThrownBy(() -> CommandDecoder.decode(
                        "{\"type\":\"answer_safe_to_talk\",\"id\":\"a\",\"check\":\"12\",\"answer\":\"no\"}"))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.commandId()).isEqualTo("a"));
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"answer_safe_to_talk\",\"id\":\"a\",\"check\":12}"))
                .isInstanceOf(CommandDecoder.BadCommand.class);
    }

    @Test
    void readsTheSafetyScreenAndTheRoomsClearance() {
        assertThat(CommandDecoder.decode("{\"type\":\"answer_screen\",\"id\":\"q\",\"hurt\":1,\"insult\":2,"
                        + "\"threaten\":1,\"scream\":3,\"afraid\":\"not_sure\",\"safeToTalk\":\"yes\"}"))
                .isEqualTo(new ClientCommand.Act(
                        "q",
                        new RoomCommand.AnswerScreen(
                                new ScreenAnswers(1, 2, 1, 3, DirectAnswer.NOT_SURE, DirectAnswer.YES))));
        assertThat(CommandDecoder.decode("{\"type\":\"clear_room\",\"id\":\"c\"}"))
                .isEqualTo(new ClientCommand.Act("c", new RoomCommand.ClearRoom()));
        assertThat(CommandDecoder.decode("{\"type\":\"resolve_flag\",\"id\":\"r\",\"member\":\"u-2\"}"))
                .isEqualTo(new ClientCommand.Act("r", new RoomCommand.ResolveFlag("u-2", null)));
        assertThat(CommandDecoder.decode(
                        "{\"type\":\"resolve_flag\",\"id\":\"r\",\"member\":\"u-2\",\"note\":\"Spoke alone\"}"))
                .isEqualTo(new ClientCommand.Act("r", new RoomCommand.ResolveFlag("u-2", "Spoke alone")));
    }

    @Test
    void readsARepairOfferAndItsAcceptance() {
        assertThat(CommandDecoder.decode("{\"type\":\"offer_repair\",\"id\":\"r\",\"phrase\":\"sorry\"}"))
                .isEqualTo(new ClientCommand.Act("r", new RoomCommand.OfferRepair("sorry")));
        assertThat(CommandDecoder.decode("{\"type\":\"accept_repair\",\"id\":\"a\",\"offer\":42}"))
                .isEqualTo(new ClientCommand.Act("a", new RoomCommand.AcceptRepair(42)));
        assertThat(CommandDecoder.decode("{\"type\":\"offer_repair\",\"id\":\"r\",\"phrase\":\"nope\"}"))
                .as("the room, not the decoder, knows the phrases")
                .isEqualTo(new ClientCommand.Act("r", new RoomCommand.OfferRepair("nope")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"offer_repair\",\"id\":\"r\"}",
                "{\"type\":\"offer_repair\",\"id\":\"r\",\"phrase\":7}",
                "{\"type\":\"accept_repair\",\"id\":\"r\"}",
                "{\"type\":\"accept_repair\",\"id\":\"r\",\"offer\":\"42\"}",
                "{\"type\":\"accept_repair\",\"id\":\"r\",\"offer\":-1}"
            })
    void aRepairCommandWithoutItsFieldOrWithAFieldOfAnotherTypeIsABadRequest(String frame) {
        assertThatThrownBy(() -> CommandDecoder.decode(frame))
                .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST);
                    assertThat(e.commandId()).isEqualTo("r");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"hurt\":0,\"insult\":1,\"threaten\":1,\"scream\":1,\"afraid\":\"no\",\"safeToTalk\":\"yes\"",
                "\"hurt\":6,\"insult\":1,\"threaten\":1,\"scream\":1,\"afraid\":\"no\",\"safeToTalk\":\"yes\"",
                "\"hurt\":1,\"insult\":1,\"threaten\":1,\"afraid\":\"no\",\"safeToTalk\":\"yes\"",
                "\"hurt\":1,\"insult\":1,\"threaten\":1,\"scream\":1,\"afraid\":\"maybe\",\"safeToTalk\":\"yes\"",
                "\"hurt\":1,\"insult\":1,\"threaten\":1,\"scream\":1,\"afraid\":\"no\"",
                "\"hurt\":\"1\",\"insult\":1,\"threaten\":1,\"scream\":1,\"afraid\":\"no\",\"safeToTalk\":true"
            })
    void aScreenWithAnAnswerOutsideItsScaleOrMissingIsABadRequest(String fields) {
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"answer_screen\",\"id\":\"q\"," + fields + "}"))
                .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST);
                    assertThat(e.commandId()).isEqualTo("q");
                });
    }

    @Test
    void refusesAMuteWithoutWholeMinutes() {
        assertThatThrownBy(() ->
                        CommandDecoder.decode("{\"type\":\"mute\",\"id\":\"m\",\"member\":\"u\",\"minutes\":\"five\"}"))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.commandId()).isEqualTo("m"));
        assertThatThrownBy(() ->
                        CommandDecoder.decode("{\"type\":\"mute\",\"id\":\"m\",\"member\":\"u\",\"minutes\":1e12}"))
                .isInstanceOf(CommandDecoder.BadCommand.class);
    }

    @Test
    void anUnknownTypeKeepsTheIdForTheError() {
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"dance\",\"id\":\"d-1\"}"))
                .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                    assertThat(e.commandId()).isEqualTo("d-1");
                    assertThat(e.getMessage()).contains("dance");
                });
    }

    @Test
    void aCommandWithoutIdIsRefused() {
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"say\",\"text\":\"hi\"}"))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.getMessage()).contains("id"));
    }

    @Test
    void fieldsMustHaveTheirTypes() {
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"say\",\"id\":\"1\",\"text\":7}"))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.commandId()).isEqualTo("1"));
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"resume\",\"id\":\"1\",\"afterSeq\":-1}"))
                .isInstanceOf(CommandDecoder.BadCommand.class);
        assertThatThrownBy(() ->
                        CommandDecoder.decode("{\"type\":\"resume\",\"id\":\"1\",\"afterSeq\":18446744073709551616}"))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"resume\",\"id\":\"1\",\"afterSeq\":1.5}"))
                .isInstanceOf(CommandDecoder.BadCommand.class);
    }

    @Test
    void aCommandIdLongerThanTheRecordKeepsIsRefusedAndNotEchoed() {
        String id = "x".repeat(300);

        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"say\",\"id\":\"" + id + "\",\"text\":\"Hi\"}"))
                .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST);
                    assertThat(e.commandId()).isNull();
                    assertThat(e.getMessage()).contains("64").doesNotContain(id);
                });
        assertThat(CommandDecoder.decode("{\"type\":\"ping\",\"id\":\"" + "x".repeat(64) + "\"}"))
                .isEqualTo(new ClientCommand.Ping("x".repeat(64)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"whisper\",\"id\":\"c\",\"to\":\"%s\",\"text\":\"Hi\"}",
                "{\"type\":\"mute\",\"id\":\"c\",\"member\":\"%s\",\"minutes\":5}",
                "{\"type\":\"unmute\",\"id\":\"c\",\"member\":\"%s\"}",
                "{\"type\":\"remove\",\"id\":\"c\",\"member\":\"%s\"}",
                "{\"type\":\"admit\",\"id\":\"c\",\"member\":\"%s\"}",
                "{\"type\":\"grant_floor\",\"id\":\"c\",\"to\":\"%s\"}",
                "{\"type\":\"reorder\",\"id\":\"c\",\"order\":[\"u-1\",\"%s\"]}",
                "{\"type\":\"set_protocol\",\"id\":\"c\",\"protocol\":\"%s\"}",
                "{\"type\":\"start_session\",\"id\":\"c\",\"protocol\":\"%s\"}",
                "{\"type\":\"request_pause\",\"id\":\"c\",\"reason\":\"%s\"}",
                "{\"type\":\"request_pause\",\"id\":\"c\",\"reason\":\"flooding\",\"exercise\":\"%s\"}",
                "{\"type\":\"pause\",\"id\":\"c\",\"minutes\":20,\"exercise\":\"%s\"}",
                "{\"type\":\"ask_safe_to_talk\",\"id\":\"c\",\"member\":\"%s\"}",
                "{\"type\":\"answer_safe_to_talk\",\"id\":\"c\",\"check\":7,\"answer\":\"%s\"}",
                "{\"type\":\"offer_repair\",\"id\":\"c\",\"phrase\":\"%s\"}"
            })
    void everyIdAndNameIsBoundedByWhatTheRoomCanKeep(String template) {
        String tooLong = "u".repeat(300);

        assertThatThrownBy(() -> CommandDecoder.decode(template.formatted(tooLong)))
                .isInstanceOfSatisfying(CommandDecoder.BadCommand.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST);
                    assertThat(e.commandId()).isEqualTo("c");
                    assertThat(e.getMessage()).doesNotContain(tooLong);
                });
        assertThatCode(() -> CommandDecoder.decode(template.formatted("u-2"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"say", "guide", "note"})
    void aTextLongerThanTheRoomKeepsIsTooLarge(String type) {
        String frame = "{\"type\":\"" + type + "\",\"id\":\"c\",\"text\":\"" + "a".repeat(2001) + "\"}";

        assertThatThrownBy(() -> CommandDecoder.decode(frame))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_LARGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e9999999999", "-1E+9999999999", "1e-9999999999", "1.5e2147483648"})
    void aNumberTheJsonReaderCannotHoldIsABadRequest(String number) {
        assertThatThrownBy(() -> CommandDecoder.decode("{\"type\":\"ready\",\"id\":\"r\",\"calm\":" + number + "}"))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST));
    }

    @Test
    void aNumberWithMoreDigitsThanTheJsonReaderTakesIsABadRequestEvenWhereNoNumberIsRead() {
        String frame = "{\"type\":\"ping\",\"id\":\"p\",\"extra\":1" + "0".repeat(2000) + "}";

        assertThatThrownBy(() -> CommandDecoder.decode(frame))
                .isInstanceOfSatisfying(
                        CommandDecoder.BadCommand.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST));
    }
}
