package org.attune.domain.regulation;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Scratch: prints cross-validated figures for a grid of settings. Runs only with -Dsafety.tune=true. */
class SafetyTuning {

    public static void main(String[] args) {
        System.setProperty("safety.tune", "true");
        new SafetyTuning().grid();
    }

    @Test
    void grid() {
        Assumptions.assumeTrue(Boolean.getBoolean("safety.tune"));
        List<SafetySets.Message> dev = SafetySets.development();
        List<SafetySets.Message> others = SafetySets.others();
        if (dev.isEmpty()) {
            dev = others.subList(0, 386);
            others = others.subList(386, others.size());
        }
        double[] lambdas = {Double.parseDouble(System.getProperty("l", "1e-4"))};
        if (System.getProperty("ls") != null) {
            lambdas = java.util.Arrays.stream(System.getProperty("ls").split(","))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        }
        double[] weights = java.util.Arrays.stream(
                        System.getProperty("ws", "1,2,4").split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        int epochs = Integer.getInteger("e", 12);
        for (double lambda : lambdas) {
            for (double pos : weights) {
                long t0 = System.nanoTime();
                var out = SafetyCrossValidation.run(
                        dev,
                        others,
                        5,
                        new SafetyModel.Settings(
                                lambda, epochs, pos, 0.5, Double.parseDouble(System.getProperty("tt", "0.5"))));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                summary(out, String.format("l %g w %g e %d (%d ms)", lambda, pos, epochs, ms));
            }
        }
    }

    /** Recall (cues or model) at the thresholds where the dev set's non-safety messages reach 2, 5, 10 % false alarms. */
    static void summary(List<SafetyCrossValidation.Outcome> out, String label) {
        List<SafetyCrossValidation.Outcome> dev = out.stream()
                .filter(o ->
                        SafetyCrossValidation.CALM_KINDS.contains(o.message().category())
                                || o.message().safety())
                .toList();
        StringBuilder line = new StringBuilder(label);
        for (double budget : new double[] {0.02, 0.05, 0.10, 0.2}) {
            double best = 1.01;
            for (double t = 0.99; t > 0.01; t -= 0.01) {
                if (fa(dev, t) > budget) {
                    break;
                }
                best = t;
            }
            double tt = best;
            long crisis = dev.stream().filter(o -> o.message().safety()).count();
            long found = dev.stream()
                    .filter(o -> o.message().safety()
                            && (o.probability() >= tt || !o.cues().isEmpty()))
                    .count();
            line.append(String.format(" | FA<=%.2f: th %.2f recall %.3f", budget, best, found / (double) crisis));
        }
        System.out.println(line);
    }

    private static double fa(List<SafetyCrossValidation.Outcome> dev, double t) {
        java.util.Set<String> judged = java.util.Set.of("calm", "idiom");
        long n = dev.stream()
                .filter(o -> judged.contains(o.message().category()))
                .count();
        long a = dev.stream()
                .filter(o -> judged.contains(o.message().category())
                        && (o.probability() >= t || !o.cues().isEmpty()))
                .count();
        return a / (double) n;
    }

    private static double fa(List<SafetyCrossValidation.Outcome> out, String kind, double t) {
        long n = out.stream().filter(o -> o.message().category().equals(kind)).count();
        long a = out.stream()
                .filter(o -> o.message().category().equals(kind)
                        && (o.probability() >= t || !o.cues().isEmpty()))
                .count();
        return n == 0 ? 0 : a / (double) n;
    }
}
