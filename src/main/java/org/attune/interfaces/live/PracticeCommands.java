package org.attune.interfaces.live;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.attune.domain.Language;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.room.RoomCommand;

/**
 * The commands about practice between sessions, read as {@link CommandDecoder}
 * reads the others: {@code assign_practice} (kind, due), {@code cancel_practice},
 * {@code start_practice} and {@code share_practice} (practice), and
 * {@code practice_reminders} (email, or null to stop), whose reminder is
 * written in the language of the connection it came from ({@link #inLanguageOf}).
 */
final class PracticeCommands {

    /** The longest mail address there is. */
    private static final int MAX_MAIL = 254;

    private static final Map<String, Function<JsonObject, ClientCommand>> ENTRIES = Map.of(
            "assign_practice",
            o -> CommandDecoder.act(
                    o,
                    new RoomCommand.AssignPractice(
                            CommandDecoder.bounded(o, "kind", 32, "refusal.command.field.practice-kind"), due(o))),
            "cancel_practice",
            o -> CommandDecoder.act(o, new RoomCommand.CancelPractice(CommandDecoder.requiredSeq(o, "practice"))),
            "start_practice",
            o -> CommandDecoder.act(o, new RoomCommand.StartPractice(CommandDecoder.requiredSeq(o, "practice"))),
            "share_practice",
            o -> CommandDecoder.act(o, new RoomCommand.SharePractice(CommandDecoder.requiredSeq(o, "practice"))),
            "practice_reminders",
            o -> CommandDecoder.act(o, new RoomCommand.PracticeReminders(email(o))));

    private PracticeCommands() {}

    /** The other commands, with these. */
    static Map<String, Function<JsonObject, ClientCommand>> with(
            Map<String, Function<JsonObject, ClientCommand>> others) {
        Map<String, Function<JsonObject, ClientCommand>> all = new HashMap<>(others);
        all.putAll(ENTRIES);
        return Map.copyOf(all);
    }

    /**
     * A command as the connection it came from says it: asking for reminders
     * takes the connection's language, the language the reminder is written in
     * (the page opens its socket with {@code ?lang=} set to its own); any other
     * command is as decoded.
     */
    static RoomCommand inLanguageOf(RoomCommand command, Language language) {
        return command instanceof RoomCommand.PracticeReminders asked
                ? new RoomCommand.PracticeReminders(asked.email(), language)
                : command;
    }

    private static java.time.Instant due(JsonObject o) {
        java.time.Instant due = CommandDecoder.optionalInstant(o, "due");
        if (due == null) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.command.due-format");
        }
        return due;
    }

    private static String email(JsonObject o) {
        JsonValue value = o.get("email");
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null
                : CommandDecoder.bounded(o, "email", MAX_MAIL, "refusal.command.field.mail-address");
    }
}
