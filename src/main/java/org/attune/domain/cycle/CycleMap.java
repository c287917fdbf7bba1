package org.attune.domain.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The negative cycle a couple or family falls into, as they map it with their
 * therapist: for each person, their move, the surface emotion, the softer
 * emotions underneath and the need. Emotionally Focused Therapy's first stage
 * is to de-escalate by seeing this pattern together, so that the cycle, not
 * either partner, becomes the problem (S. Johnson, <i>The Practice of
 * Emotionally Focused Couple Therapy: Creating Connection</i>, 2nd ed., 2004,
 * ch. 7, steps 1–4; S. Johnson, <i>Hold Me Tight</i>, 2008, Conversation 1;
 * S. Johnson &amp; L. Greenberg, "The differential effects of experiential
 * and problem-solving interventions in resolving marital conflict", 1985, and
 * L. Greenberg &amp; S. Johnson, <i>Emotionally Focused Therapy for Couples</i>,
 * 1988, on the negative interaction cycle and primary and secondary emotion).
 *
 * <p>The map is the room's, visible to its members; only its therapists edit
 * it. Every edit sets one person's part and makes a new {@link Version}: the
 * version number goes up by one, and it remembers who edited it, when, and in
 * which of the room's sessions (0 for between sessions). The history is the
 * list of versions; the room's log keeps every edit in full.
 */
public final class CycleMap {

    /** One edit of the map: its number, whose part it set, who set it, when, and in which session (0: none). */
    public record Version(int version, String member, String by, Instant at, int session) {
        public Version {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public static final CycleMap EMPTY = new CycleMap(Map.of(), List.of());

    private final Map<String, CycleEntry> entries;
    private final List<Version> versions;

    private CycleMap(Map<String, CycleEntry> entries, List<Version> versions) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.versions = List.copyOf(versions);
    }

    /** The map with one person's part set (or set again), as the next version. */
    public CycleMap with(String member, CycleEntry entry, String by, Instant at, int session) {
        Map<String, CycleEntry> next = new LinkedHashMap<>(entries);
        next.put(Objects.requireNonNull(member, "member"), Objects.requireNonNull(entry, "entry"));
        List<Version> history = new ArrayList<>(versions);
        history.add(new Version(version() + 1, member, by, at, session));
        return new CycleMap(next, history);
    }

    /**
     * The map after an edit whose words are gone (the person was erased from
     * the room's record): the version counts, the part is no longer there.
     */
    public CycleMap withoutWords(String member, String by, Instant at, int session) {
        Map<String, CycleEntry> next = new LinkedHashMap<>(entries);
        next.remove(member);
        List<Version> history = new ArrayList<>(versions);
        history.add(new Version(version() + 1, member, by, at, session));
        return new CycleMap(next, history);
    }

    /** The current version: 0 while nothing is mapped, then one more with each edit. */
    public int version() {
        return versions.size();
    }

    /** Every edit, oldest first. */
    public List<Version> versions() {
        return versions;
    }

    /** Each person's part, by member id, in the order they were first mapped. */
    public Map<String, CycleEntry> entries() {
        return entries;
    }

    public Optional<CycleEntry> of(String member) {
        return Optional.ofNullable(entries.get(member));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The version that last set this person's part (0 for none). */
    public int versionOf(String member) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).member().equals(member)) {
                return versions.get(i).version();
            }
        }
        return 0;
    }
}
