package org.attune.domain.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * How long a practice keeps a room's clinical record after the last thing that
 * happened in it: a number of years, by the room's region (its jurisdiction: the
 * region whose crisis resources it shows), or the practice's default. The
 * practice sets these from the record-keeping rules it answers to; Attune
 * knows no law by itself.
 *
 * @param defaultYears the period where the room's region has none of its own
 * @param yearsByRegion periods by region code, e.g. {@code CA -> 10}
 */
public record RetentionPolicy(int defaultYears, Map<String, Integer> yearsByRegion) {

    public RetentionPolicy {
        if (defaultYears < 1) {
            throw new IllegalArgumentException("A retention period is at least one year.");
        }
        yearsByRegion = Map.copyOf(yearsByRegion);
        if (yearsByRegion.values().stream().anyMatch(years -> years < 1)) {
            throw new IllegalArgumentException("A retention period is at least one year.");
        }
    }

    /** The years a room of this region (null: the practice's default region) is kept. */
    public int yearsFor(String region) {
        return Optional.ofNullable(region).map(yearsByRegion::get).orElse(defaultYears);
    }

    /** The shortest period any room can have: rooms quiet for less cannot be due. */
    public int shortestYears() {
        return yearsByRegion.values().stream().mapToInt(Integer::intValue).min().stream()
                .map(least -> Math.min(least, defaultYears))
                .findFirst()
                .orElse(defaultYears);
    }

    /** When a record whose last activity was then, in that region, may go: whole years later, in UTC. */
    public Instant keptUntil(Instant lastActivity, String region) {
        return lastActivity.atZone(ZoneOffset.UTC).plusYears(yearsFor(region)).toInstant();
    }

    /**
     * Whether a person's part of a room is held, and why.
     *
     * @param clinical whether the room holds a clinical record (one of {@link Records#clinicalKinds} happened in it)
     * @param lastActivity the last thing the person did or that was recorded about them in the room
     * @param region the room's region, null for the practice's default
     */
    public Hold holdOf(boolean clinical, Instant lastActivity, String region, Instant now) {
        if (!clinical) {
            return Hold.none("This room holds no clinical record: no session was held and nothing was screened.");
        }
        Instant until = keptUntil(lastActivity, region);
        int years = yearsFor(region);
        String period = years == 1 ? "1 year" : years + " years";
        String where = yearsByRegion.containsKey(region == null ? "" : region)
                ? "the period for region " + region
                : "the practice's period";
        if (!until.isAfter(now)) {
            return Hold.none("The clinical record's retention period (" + period + ", " + where + ") has ended.");
        }
        return new Hold(
                true,
                until,
                "Clinical record: kept " + period + " after the last activity (" + where
                        + "), as the practice's record-keeping rules require.");
    }

    /**
     * A decision about a person's data in a room.
     *
     * @param held whether it must be kept for now
     * @param until when the hold ends (null when not held)
     * @param why the reason, in words for the person and their therapist
     */
    public record Hold(boolean held, Instant until, String why) {
        static Hold none(String why) {
            return new Hold(false, null, why);
        }
    }
}
