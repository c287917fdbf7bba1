package org.attune.domain.practice;

import java.util.List;
import java.util.Map;

/**
 * A room's practice between sessions as the room knows it now.
 *
 * @param practices every practice given to the room, oldest first
 * @param addresses the mail address each participant asked to be reminded at, by member id
 * @param underWay the number of the practice being done now; 0 when none
 */
public record PracticeBook(List<Practice> practices, Map<String, String> addresses, long underWay) {

    public PracticeBook {
        practices = List.copyOf(practices);
        addresses = Map.copyOf(addresses);
    }
}
