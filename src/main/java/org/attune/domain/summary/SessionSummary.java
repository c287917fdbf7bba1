package org.attune.domain.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.domain.transcript.TalkStats;

/**
 * One sitting seen whole, for its therapists: who spoke and for how long, the
 * heat of each message over time, the time-outs, the ruptures and the repairs
 * that closed them, the safety alerts and how long each waited, and the
 * balance of positive to negative moments. Folded from the room's events by
 * {@link SessionSummaries}; it holds no words anybody wrote.
 *
 * @param number the sitting's number in the room, from 1
 * @param startedAt when it began
 * @param endedAt when it ended, or null while it runs
 * @param talk each member's share of this sitting, in the order they first spoke
 * @param heat the heat of each message that had any, in order
 * @param pauses the time-outs and other pauses, in order
 * @param ruptures the ruptures, in order, each with the repair that closed it if any
 * @param alerts the safety alerts raised in this sitting
 * @param positive accepted repairs and apologies, repair attempts, appreciations offered and said in the round
 * @param negative messages with heat signals (criticism, contempt, defensiveness, stonewalling…)
 * @param practice for a sitting of practice between sessions, its kind ({@code PracticeKind} wire name); else null
 */
public record SessionSummary(
        int number,
        Instant startedAt,
        Instant endedAt,
        List<TalkStats.Share> talk,
        List<HeatPoint> heat,
        List<PauseSpan> pauses,
        List<Rupture> ruptures,
        List<AlertWait> alerts,
        int positive,
        int negative,
        String practice) {

    /** The heat of one member's message, in percent, when it was said. */
    public record HeatPoint(Instant at, String memberId, int percent) {}

    /**
     * A pause: from {@code at} to when the room resumed, or null when the
     * sitting ended first; {@code reason} is the pause's wire name.
     */
    public record PauseSpan(Instant at, Instant resumedAt, String reason) {}

    /**
     * A safety alert raised about a member's words; {@code acknowledgedAt} is
     * null while nobody has acknowledged it.
     */
    public record AlertWait(long seq, Instant at, String memberId, Instant acknowledgedAt) {

        /** How long it waited for a clinician, up to {@code now} while it still waits. */
        public Duration waited(Instant now) {
            Instant end = acknowledgedAt == null ? now : acknowledgedAt;
            return end.isBefore(at) ? Duration.ZERO : Duration.between(at, end);
        }
    }

    /** How a rupture was repaired. */
    public enum RepairKind {
        /** A partner accepted a one-tap repair attempt. */
        REPAIR_ACCEPTED("repair_accepted"),
        /** A partner accepted an apology in Gottman's Aftermath of a Fight. */
        APOLOGY_ACCEPTED("apology_accepted"),
        /** Everyone answered every stage of an Aftermath of a Fight. */
        AFTERMATH_COMPLETED("aftermath_completed");

        private final String wireName;

        RepairKind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** What broke the connection. */
    public enum RuptureKind {
        /** A member's running heat crossed the room's threshold. */
        ESCALATION("escalation"),
        /** Someone called a time-out, or the room paused for heat. */
        TIME_OUT("time_out"),
        /** The room paused for safety. */
        SAFETY_PAUSE("safety_pause");

        private final String wireName;

        RuptureKind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /**
     * A rupture: what opened it at {@code at} (the event {@code seq}), what
     * else happened before it was repaired (an escalation that became a
     * time-out is one rupture), and the repair that closed it, if one did in
     * this sitting.
     */
    public record Rupture(
            long seq, Instant at, List<RuptureKind> kinds, RepairKind repairedBy, long repairSeq, Instant repairedAt) {

        public boolean repaired() {
            return repairedBy != null;
        }

        /** How long the repair took, when there was one. */
        public Optional<Duration> timeToRepair() {
            return repaired() ? Optional.of(Duration.between(at, repairedAt)) : Optional.empty();
        }
    }

    public boolean running() {
        return endedAt == null;
    }

    /** How long it lasted, up to {@code now} while it runs. */
    public Duration length(Instant now) {
        Instant end = endedAt == null ? now : endedAt;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** The ruptures repaired in this sitting. */
    public long repaired() {
        return ruptures.stream().filter(Rupture::repaired).count();
    }

    /** The median time from a rupture to its repair, among those repaired. */
    public Optional<Duration> medianTimeToRepair() {
        List<Duration> times = ruptures.stream()
                .map(Rupture::timeToRepair)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int mid = times.size() / 2;
        return Optional.of(
                times.size() % 2 == 1
                        ? times.get(mid)
                        : times.get(mid - 1).plus(times.get(mid)).dividedBy(2));
    }

    /** Positive moments for each negative one (Gottman's 5:1), or empty when there was no negative moment. */
    public Optional<Double> ratio() {
        return negative == 0 ? Optional.empty() : Optional.of(positive / (double) negative);
    }
}
