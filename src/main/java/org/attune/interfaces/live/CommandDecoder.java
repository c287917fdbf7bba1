package org.attune.interfaces.live;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.attune.interfaces.JsonFactories;

/** Reads one text frame into a {@link ClientCommand}, or refuses it with a clear reason. */
public final class CommandDecoder {

    /** Thrown for a frame that is not a valid command; carries the command's id when it could be read. */
    public static final class BadCommand extends RefusedException {
        private final String commandId;

        BadCommand(String commandId, Refusal refusal, String key, Map<String, ?> values) {
            super(refusal, key, values);
            this.commandId = commandId;
        }

        public String commandId() {
            return commandId;
        }
    }

    /** Every command type of {@code attune.v1} and how to read it. */
    static final Map<String, Function<JsonObject, ClientCommand>> COMMANDS = PracticeCommands.with(Map.ofEntries(
            Map.entry(
                    "resume",
                    o -> o.containsKey("afterSeq")
                            ? new ClientCommand.Resume(id(o), requiredSeq(o, "afterSeq"))
                            : act(o, new RoomCommand.Resume())),
            Map.entry("ping", o -> new ClientCommand.Ping(id(o))),
            Map.entry("say", o -> act(o, new RoomCommand.Say(text(o, "text"), askedAsQuestion(o)))),
            Map.entry("typing", o -> new ClientCommand.Typing(id(o), requiredBoolean(o, "active"))),
            Map.entry("guide", o -> act(o, new RoomCommand.Guide(text(o, "text")))),
            Map.entry("whisper", o -> act(o, new RoomCommand.Whisper(memberId(o, "to"), text(o, "text")))),
            Map.entry("note", o -> act(o, new RoomCommand.Note(text(o, "text")))),
            Map.entry("to_therapist", o -> act(o, new RoomCommand.ToTherapist(text(o, "text")))),
            Map.entry("share_held", o -> act(o, new RoomCommand.ShareHeld(requiredSeq(o, "message")))),
            Map.entry("ask_safe_to_talk", o -> act(o, new RoomCommand.AskSafeToTalk(memberId(o, "member")))),
            Map.entry(
                    "answer_safe_to_talk",
                    o -> act(o, new RoomCommand.AnswerSafeToTalk(requiredSeq(o, "check"), name(o, "answer")))),
            Map.entry("acknowledge_alert", o -> act(o, new RoomCommand.AcknowledgeAlert(requiredSeq(o, "alert")))),
            Map.entry("start_session", o -> act(o, startSession(o))),
            Map.entry("end_session", o -> act(o, new RoomCommand.EndSession())),
            Map.entry("mute", o -> act(o, new RoomCommand.Mute(memberId(o, "member"), requiredInt(o, "minutes")))),
            Map.entry("unmute", o -> act(o, new RoomCommand.Unmute(memberId(o, "member")))),
            Map.entry("remove", o -> act(o, new RoomCommand.Remove(memberId(o, "member")))),
            Map.entry("admit", o -> act(o, new RoomCommand.Admit(memberId(o, "member")))),
            Map.entry("set_protocol", o -> act(o, new RoomCommand.SetProtocol(name(o, "protocol")))),
            Map.entry("raise_hand", o -> turn(o, new TurnCommand.RaiseHand())),
            Map.entry("confirm", o -> turn(o, new TurnCommand.Confirm(requiredBoolean(o, "accurate")))),
            Map.entry("lower_hand", o -> turn(o, new TurnCommand.LowerHand())),
            Map.entry("no_more", o -> turn(o, new TurnCommand.NoMore())),
            Map.entry("ask_dialogue", o -> turn(o, new TurnCommand.AskDialogue())),
            Map.entry("accept_dialogue", o -> turn(o, new TurnCommand.AcceptDialogue(optionalInstant(o, "at")))),
            Map.entry("rate_calm", o -> turn(o, new TurnCommand.RateCalm(requiredInt(o, "calm")))),
            Map.entry(
                    "choose_feelings",
                    o -> turn(o, new TurnCommand.ChooseFeelings(names(o, "feelings"), optionalBoolean(o, "done")))),
            Map.entry("answer_apology", o -> turn(o, new TurnCommand.AnswerApology(requiredBoolean(o, "accepted")))),
            Map.entry("reorder", o -> turn(o, new TurnCommand.Reorder(memberIds(o, "order")))),
            Map.entry("pass_floor", o -> turn(o, new TurnCommand.PassFloor())),
            Map.entry("grant_floor", o -> turn(o, new TurnCommand.GrantFloor(memberId(o, "to")))),
            Map.entry("revoke_floor", o -> turn(o, new TurnCommand.RevokeFloor())),
            Map.entry("set_turn_limit", o -> turn(o, new TurnCommand.SetTurnLimit(requiredInt(o, "seconds")))),
            Map.entry(
                    "request_pause",
                    o -> act(
                            o,
                            new RoomCommand.RequestPause(
                                    name(o, "reason"),
                                    optionalInt(o, "minutes"),
                                    optionalName(o, "exercise"),
                                    optionalInstant(o, "back_at")))),
            Map.entry("more_time", o -> act(o, new RoomCommand.MoreTime(requiredInt(o, "minutes")))),
            Map.entry(
                    "pause",
                    o -> act(o, new RoomCommand.PauseRoom(requiredInt(o, "minutes"), optionalName(o, "exercise")))),
            Map.entry("ready", o -> act(o, new RoomCommand.Ready(optionalInt(o, "calm")))),
            Map.entry("coach", o -> new ClientCommand.Coach(id(o), draft(o))),
            Map.entry("answer_screen", o -> act(o, new RoomCommand.AnswerScreen(screenAnswers(o)))),
            Map.entry("clear_room", o -> act(o, new RoomCommand.ClearRoom())),
            Map.entry("set_cycle", CommandDecoder::setCycle),
            Map.entry(
                    "tag_cycle_step",
                    o -> act(
                            o,
                            new RoomCommand.TagCycleStep(
                                    requiredSeq(o, "seq"), memberId(o, "member"), name(o, "step")))),
            Map.entry(
                    "resolve_flag",
                    o -> act(o, new RoomCommand.ResolveFlag(memberId(o, "member"), optionalText(o, "note")))),
            // One-tap repair attempts: the domain checks the phrase's key (Repairs).
            Map.entry("offer_repair", o -> act(o, new RoomCommand.OfferRepair(name(o, "phrase")))),
            Map.entry("accept_repair", o -> act(o, new RoomCommand.AcceptRepair(requiredSeq(o, "offer"))))));

    /** More members than any room has. */
    private static final int MAX_LIST = 64;

    /** The longest command id and member id, as the room's record keeps them. */
    public static final int MAX_ID_LENGTH = 64;

    private static final String UNREADABLE_NUMBER = "refusal.command.unreadable-number";

    /** The longest name of a protocol, an exercise or a pause reason, with room to spare. */
    private static final int MAX_NAME_LENGTH = 32;

    private CommandDecoder() {}

    public static ClientCommand decode(String frame) {
        JsonObject object = parse(frame);
        String type = optionalString(object, "type");
        String id = optionalString(object, "id");
        if (id != null && id.length() > MAX_ID_LENGTH) {
            // Not echoed back: the error's id would be as long as the one refused.
            throw new BadCommand(
                    null, Refusal.BAD_REQUEST, "refusal.command.id-too-long", Map.of("max", MAX_ID_LENGTH));
        }
        if (type == null) {
            throw new BadCommand(id, Refusal.BAD_REQUEST, "refusal.command.command-needs-type", Map.of());
        }
        Function<JsonObject, ClientCommand> reader = COMMANDS.get(type);
        if (reader == null) {
            throw new BadCommand(
                    id, Refusal.BAD_REQUEST, "refusal.command.unknown-type", Map.of("type", abbreviate(type)));
        }
        try {
            return reader.apply(object);
        } catch (BadCommand e) {
            throw e;
        } catch (RefusedException e) {
            throw new BadCommand(id, e.refusal(), e.key(), e.values());
        } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            throw new BadCommand(id, Refusal.BAD_REQUEST, UNREADABLE_NUMBER, Map.of());
        }
    }

    private static JsonObject parse(String frame) {
        try (JsonReader reader = JsonFactories.reader(frame)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadCommand(null, Refusal.BAD_REQUEST, "refusal.command.command-json-object", Map.of());
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new BadCommand(null, Refusal.BAD_REQUEST, "refusal.command.not-valid-json", Map.of());
        } catch (JsonException e) {
            throw new BadCommand(null, Refusal.BAD_REQUEST, "refusal.command.not-readable-json-command", Map.of());
        } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            // The JSON reader refuses a number it cannot hold: an exponent past an int, or over 1,100 digits.
            throw new BadCommand(null, Refusal.BAD_REQUEST, UNREADABLE_NUMBER, Map.of());
        }
    }

    static ClientCommand act(JsonObject o, RoomCommand command) {
        return new ClientCommand.Act(id(o), command);
    }

    private static ClientCommand turn(JsonObject o, TurnCommand command) {
        return act(o, new RoomCommand.Turn(command));
    }

    /** One person's part of the cycle map; the domain checks the names and lengths ({@code CycleEntry.of}). */
    private static ClientCommand setCycle(JsonObject o) {
        return act(
                o,
                new RoomCommand.SetCycle(
                        memberId(o, "member"),
                        name(o, "move"),
                        text(o, "surface"),
                        names(o, "softer"),
                        name(o, "need"),
                        optionalText(o, "words")));
    }

    private static RoomCommand startSession(JsonObject o) {
        return new RoomCommand.StartSession(o.containsKey("protocol") ? name(o, "protocol") : null);
    }

    private static String id(JsonObject o) {
        String id = optionalString(o, "id");
        if (id == null || id.isBlank()) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.every-command-needs-id");
        }
        return id;
    }

    /** A message's {@code as}: {@code message} (the default) or {@code question}, a clarifying question. */
    private static boolean askedAsQuestion(JsonObject o) {
        String as = optionalName(o, "as");
        if (as == null || as.equals("message")) {
            return false;
        }
        if (as.equals("question")) {
            return true;
        }
        throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.as-message-or-question");
    }

    /** A moment as an ISO-8601 instant with its offset, e.g. {@code 2026-12-02T19:40:00Z}; null when absent. */
    static Instant optionalInstant(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String at = bounded(o, name, MAX_NAME_LENGTH, "refusal.command.field.date-time");
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.not-a-date-time", Map.of("field", name));
        }
    }

    private static String optionalString(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static String requiredString(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (!(value instanceof JsonString s)) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.not-a-string", Map.of("field", name));
        }
        return s.getString();
    }

    /** A text someone wrote: no longer than the room's record keeps. */
    private static String text(JsonObject o, String name) {
        String text = requiredString(o, name);
        if (text.length() > RoomEvent.MAX_TEXT_LENGTH) {
            throw new RefusedException(
                    Refusal.TOO_LARGE, "refusal.message.too-long", Map.of("max", RoomEvent.MAX_TEXT_LENGTH));
        }
        return text;
    }

    private static String optionalText(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : text(o, name);
    }

    /** The safety screen: the four HITS answers, 1 to 5, and the two direct questions, yes, no or not_sure. */
    private static ScreenAnswers screenAnswers(JsonObject o) {
        return new ScreenAnswers(
                requiredInt(o, "hurt"),
                requiredInt(o, "insult"),
                requiredInt(o, "threaten"),
                requiredInt(o, "scream"),
                directAnswer(o, "afraid"),
                directAnswer(o, "safeToTalk"));
    }

    private static DirectAnswer directAnswer(JsonObject o, String name) {
        return DirectAnswer.fromWireName(optionalString(o, name))
                .orElseThrow(() -> new RefusedException(
                        Refusal.BAD_REQUEST, "refusal.command.not-yes-no-not-sure", Map.of("field", name)));
    }

    private static String memberId(JsonObject o, String name) {
        return bounded(o, name, MAX_ID_LENGTH, "refusal.command.field.member-id");
    }

    private static String name(JsonObject o, String name) {
        return bounded(o, name, MAX_NAME_LENGTH, "refusal.command.field.name");
    }

    /** A required string no longer than {@code max}, else a {@code bad_request} naming the field and (a key) {@code what}. */
    static String bounded(JsonObject o, String name, int max, String what) {
        String value = requiredString(o, name);
        if (value.length() > max) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST,
                    "refusal.command.too-long",
                    Map.of("field", name, "what", Words.phrase(what), "max", max));
        }
        return value;
    }

    private static String optionalName(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : name(o, name);
    }

    private static List<String> memberIds(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (!(value instanceof JsonArray array)
                || array.size() > MAX_LIST
                || !array.stream()
                        .allMatch(
                                v -> v instanceof JsonString s && s.getString().length() <= MAX_ID_LENGTH)) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST,
                    "refusal.command.not-a-list-of-member-ids",
                    Map.of("field", name, "max", MAX_LIST));
        }
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** A list of names, e.g. feelings: at most {@link #MAX_LIST}, each a short string. */
    private static List<String> names(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (!(value instanceof JsonArray array)
                || array.size() > MAX_LIST
                || !array.stream()
                        .allMatch(
                                v -> v instanceof JsonString s && s.getString().length() <= MAX_NAME_LENGTH)) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST, "refusal.command.not-a-list-of-names", Map.of("field", name, "max", MAX_LIST));
        }
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static boolean optionalBoolean(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL && requiredBoolean(o, name);
    }

    private static boolean requiredBoolean(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.not-true-or-false", Map.of("field", name));
    }

    /** A draft to coach: some text, no longer than a message may be. */
    private static String draft(JsonObject o) {
        String text = requiredString(o, "text");
        if (text.isBlank()) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.send-draft-would-like");
        }
        if (text.length() > RoomEvent.MAX_TEXT_LENGTH) {
            throw new RefusedException(
                    Refusal.TOO_LARGE, "refusal.command.draft-too-long", Map.of("max", RoomEvent.MAX_TEXT_LENGTH));
        }
        return text;
    }

    private static Integer optionalInt(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : requiredInt(o, name);
    }

    private static int requiredInt(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST, "refusal.command.not-a-whole-number", Map.of("field", name));
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.out-of-range", Map.of("field", name));
        }
    }

    static long requiredSeq(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.not-a-count", Map.of("field", name));
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.out-of-range", Map.of("field", name));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
