package org.attune.domain.regulation;

import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;

/**
 * How a room regulates itself: the pause a participant gets when they ask
 * without saying how long, the exercise it offers, how much running heat
 * raises an escalation, and the region whose crisis resources it shows.
 *
 * @param pauseMinutes default length of a requested pause, 1–1,440
 * @param pauseExercise default exercise for pauses under 20 minutes
 * @param escalationThreshold running heat, in percent, that raises an escalation (50–300)
 * @param crisisRegion region code of the crisis resources, or null for the practice's default
 */
public record RegulationSettings(
        int pauseMinutes, Exercise pauseExercise, int escalationThreshold, String crisisRegion) {

    public static final int MAX_PAUSE_MINUTES = 24 * 60;
    public static final RegulationSettings DEFAULTS = new RegulationSettings(10, Exercise.BOX_BREATHING, 100, null);

    public RegulationSettings {
        if (pauseMinutes < 1 || pauseMinutes > MAX_PAUSE_MINUTES) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST, "refusal.settings.pause-length", Map.of("max", MAX_PAUSE_MINUTES));
        }
        if (pauseExercise == null) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST, "refusal.settings.choose-exercise", Map.of("exercises", Exercise.names()));
        }
        if (escalationThreshold < 50 || escalationThreshold > 300) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.settings.escalation-threshold-50-300");
        }
        if (crisisRegion != null && CrisisResources.region(crisisRegion).isEmpty()) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST,
                    "refusal.settings.crisis-regions",
                    Map.of("regions", String.join(", ", CrisisResources.codes())));
        }
    }
}
