package org.attune.domain.transcript;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much each member has spoken, folded from the room's events: turns at
 * the floor, messages, words, and the time they held the floor. Messages and
 * paraphrases count; a therapist's guidance, whispers and notes do not.
 */
public final class TalkStats {

    /** One member's share of the conversation. */
    public record Share(String memberId, int turns, int messages, int words, Duration talkTime) {
        static Share none(String memberId) {
            return new Share(memberId, 0, 0, 0, Duration.ZERO);
        }
    }

    private final Map<String, Share> shares = new LinkedHashMap<>();
    private String holder;
    private Instant heldSince;

    /** Counts one event. Events must come in the order of the log. */
    public void add(RoomEvent e) {
        String target = e.targetId().orElse(null);
        switch (e.kind()) {
            case MESSAGE, PARAPHRASE, CLARIFYING_QUESTION -> {
                if (!RoomEvent.SYSTEM_ACTOR.equals(e.actorId())) {
                    Share s = share(e.actorId());
                    shares.put(
                            s.memberId(),
                            new Share(
                                    s.memberId(),
                                    s.turns(),
                                    s.messages() + 1,
                                    s.words()
                                            + words(e.payload(EventPayload.Text.class)
                                                    .text()),
                                    s.talkTime()));
                }
            }
            case FLOOR_GRANTED -> {
                release(e.occurredAt());
                if (target != null) {
                    Share s = share(target);
                    shares.put(target, new Share(target, s.turns() + 1, s.messages(), s.words(), s.talkTime()));
                    holder = target;
                    heldSince = e.occurredAt();
                }
            }
            case FLOOR_PASSED, FLOOR_REVOKED, TURN_ENDED, PROTOCOL_SET, SESSION_ENDED -> release(e.occurredAt());
            case MEMBER_REMOVED -> {
                if (target != null && target.equals(holder)) {
                    release(e.occurredAt());
                }
            }
            case STEP -> {
                if (target == null) {
                    release(e.occurredAt());
                }
            }
            default -> {}
        }
    }

    private void release(Instant at) {
        if (holder != null) {
            Share s = share(holder);
            shares.put(
                    holder,
                    new Share(
                            holder,
                            s.turns(),
                            s.messages(),
                            s.words(),
                            s.talkTime().plus(between(heldSince, at))));
        }
        holder = null;
        heldSince = null;
    }

    /** A member's share, counting a turn they hold now up to {@code now}. */
    public Share of(String memberId, Instant now) {
        Share s = shares.getOrDefault(memberId, Share.none(memberId));
        if (memberId.equals(holder)) {
            return new Share(
                    memberId, s.turns(), s.messages(), s.words(), s.talkTime().plus(between(heldSince, now)));
        }
        return s;
    }

    /** A member's share as recorded, without the time of a turn they hold now. */
    public Share recorded(String memberId) {
        return share(memberId);
    }

    /** Every member who spoke or held the floor, in the order they first did. */
    public Map<String, Share> all(Instant now) {
        Map<String, Share> out = new LinkedHashMap<>();
        shares.keySet().forEach(id -> out.put(id, of(id, now)));
        return out;
    }

    /** Who holds the floor now, if anyone. */
    public Optional<String> holder() {
        return Optional.ofNullable(holder);
    }

    private Share share(String memberId) {
        return shares.getOrDefault(memberId, Share.none(memberId));
    }

    private static Duration between(Instant from, Instant to) {
        return from == null || to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
