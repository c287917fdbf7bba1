package org.attune.domain.regulation;

import java.util.ArrayList;
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
        List<SafetySets.Message> others = new ArrayList<>();
        for (var p : SafetySets.ESCALATION) {
            others.addAll(SafetySets.read(p));
        }
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
                var out = SafetyCrossValidation.run(dev, others, 5, new SafetyModel.Settings(lambda, epochs, pos, 0.5));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                for (double th : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
                    double t = th;
                    long crisis = out.stream().filter(o -> o.message().safety()).count();
                    long found = out.stream()
                            .filter(o -> o.message().safety()
                                    && (o.probability() >= t || !o.cues().isEmpty()))
                            .count();
                    long alone = out.stream()
                            .filter(o -> o.message().safety() && o.probability() >= t)
                            .count();
                    System.out.printf(
                            "l %g w %g e %d th %.2f: model alone %.3f; with cues %.3f; FA calm %.3f heated %.3f idiom %.3f hardneg %.3f (%d ms)%n",
                            lambda,
                            pos,
                            epochs,
                            th,
                            alone / (double) crisis,
                            found / (double) crisis,
                            fa(out, "calm", t),
                            fa(out, "heated", t),
                            fa(out, "idiom", t),
                            fa(out, "hard_negative", t),
                            ms);
                }
            }
        }
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
