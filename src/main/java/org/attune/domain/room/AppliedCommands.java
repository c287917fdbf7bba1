package org.attune.domain.room;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest command ids a room applied, by actor, with the sequence number
 * of the last event each produced: a command id is applied once. The oldest
 * are let go beyond {@link RoomState#COMMANDS_REMEMBERED}; then a command not
 * remembered may still have been applied, and the log knows.
 */
final class AppliedCommands {

    private boolean forgot;

    private final Map<String, Long> seqs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            boolean full = size() > RoomState.COMMANDS_REMEMBERED;
            forgot |= full;
            return full;
        }
    };

    void applied(String actorId, String commandId, long seq) {
        seqs.put(key(actorId, commandId), seq);
    }

    Optional<Long> seqOf(String actorId, String commandId) {
        return Optional.ofNullable(seqs.get(key(actorId, commandId)));
    }

    int size() {
        return seqs.size();
    }

    boolean forgot() {
        return forgot;
    }

    private static String key(String actorId, String commandId) {
        return actorId + '\n' + commandId;
    }
}
