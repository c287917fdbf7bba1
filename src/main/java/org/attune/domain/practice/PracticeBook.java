package org.attune.domain.practice;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attune.domain.Language;

/**
 * A room's practice between sessions as the room knows it now.
 *
 * @param practices every practice given to the room, oldest first
 * @param reminders where each participant who asked is reminded, and in which language, by member id
 * @param underWay the number of the practice being done now; 0 when none
 */
public record PracticeBook(List<Practice> practices, Map<String, Reminders> reminders, long underWay) {

    /** The mail address a participant asked to be reminded at, and the language they asked in. */
    public record Reminders(String address, Language language) {}

    public PracticeBook {
        practices = List.copyOf(practices);
        reminders = Map.copyOf(reminders);
    }

    /** The mail address each participant asked to be reminded at, by member id. */
    public Map<String, String> addresses() {
        return reminders.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().address()));
    }
}
