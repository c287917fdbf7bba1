package org.attune.domain.regulation;

import java.util.List;

/**
 * Soft-startup coaching for a draft: its heat, its signals with their words,
 * and a hint towards an I-statement. Coaching never stores or logs a draft.
 */
public final class Coach {

    /** The I-statement every hint leads to. */
    public static final String I_STATEMENT = "I feel … about … and I need …";

    /** What the coach says about a draft. */
    public record Coaching(
            double heat,
            List<EscalationDetector.Finding> findings,
            List<SafetyScreen.Concern> concerns,
            String hint,
            List<String> advice) {}

    private Coach() {}

    public static Coaching coach(String draft) {
        EscalationDetector.Assessment a = EscalationDetector.assess(draft);
        List<SafetyScreen.Concern> concerns = SafetyScreen.screen(draft);
        List<String> advice =
                a.findings().stream().map(f -> f.signal().advice()).distinct().toList();
        String hint;
        if (!concerns.isEmpty()) {
            hint = "What you are carrying sounds heavy. You do not have to hold it alone: your therapist can help,"
                    + " and the people below are there right now.";
        } else if (a.findings().isEmpty()) {
            hint = "This reads calmly. If it helps, say what you feel and what you need: \"" + I_STATEMENT + "\"";
        } else {
            hint = "Try starting with yourself rather than with them: \"" + I_STATEMENT + "\"";
        }
        return new Coaching(a.heat(), a.findings(), concerns, hint, advice);
    }
}
