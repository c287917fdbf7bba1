package org.attune.domain.regulation;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains the learned safety layer's linear models by stochastic gradient
 * descent with an L2 penalty (Bottou's schedule: the step shrinks as
 * 1 / (1 + η₀λt), and the penalty is kept as one scale on all weights so
 * that a step touches only the message's own features).
 *
 * <p>Deterministic: the examples are visited in an order shuffled by
 * {@link Random} with a fixed seed, whose sequence the Java platform
 * specifies, and the sums are taken in the same order every time. The bias
 * is the last weight and is not penalised.
 */
final class SafetyTraining {

    private static final long SEED = 20_261_201L;
    private static final double FIRST_STEP = 0.5;

    private SafetyTraining() {}

    /** A binary model's weights, from every example: {@code label[i]} says whether example i is one. */
    static float[] logistic(boolean[] label, List<SafetyFeatures> read, SafetyModel.Settings s) {
        int buckets = SafetyFeatures.BUCKETS;
        double[] v = new double[buckets + 1];
        double scale = 1;
        int[] order = order(label.length);
        Random random = new Random(SEED);
        long t = 0;
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                double step = FIRST_STEP / (1 + FIRST_STEP * s.regularisation() * t++);
                SafetyFeatures f = read.get(i);
                double x = SafetyModel.scale(f);
                double z = 0;
                for (int j = 0; j < f.count; j++) {
                    z += v[f.bucket[j]];
                }
                z = z * scale * x + v[buckets];
                boolean concern = label[i];
                double gradient = (concern ? s.positiveWeight() : 1) * (SafetyModel.sigmoid(z) - (concern ? 1 : 0));
                scale *= 1 - step * s.regularisation();
                double change = step * gradient * x / scale;
                for (int j = 0; j < f.count; j++) {
                    v[f.bucket[j]] -= change;
                }
                v[buckets] -= step * gradient;
                if (scale < 1e-6) {
                    scale = rescale(v, buckets, scale);
                }
            }
        }
        return weights(v, buckets, scale);
    }

    /**
     * The kind model's weights, one row per kind: softmax regression over the
     * crisis examples whose kind is one of {@code kinds}. While training, a
     * bucket's weights for every kind lie side by side, so that reading or
     * changing one feature touches one stretch of memory, not one per kind.
     */
    static float[][] softmax(
            List<SafetyModel.Example> examples,
            List<SafetyFeatures> read,
            List<String> kinds,
            int buckets,
            SafetyModel.Settings s) {
        int mask = buckets - 1;
        int n = kinds.size();
        double[] v = new double[(buckets + 1) * n];
        double scale = 1;
        int[] labelled = IntStream.range(0, examples.size())
                .filter(i -> examples.get(i).safety()
                        && kinds.contains(examples.get(i).category()))
                .toArray();
        Random random = new Random(SEED);
        double[] p = new double[n];
        double[] change = new double[n];
        long t = 0;
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            shuffle(labelled, random);
            for (int i : labelled) {
                double step = FIRST_STEP / (1 + FIRST_STEP * s.regularisation() * t++);
                SafetyFeatures f = read.get(i);
                double x = SafetyModel.scale(f);
                probabilities(v, n, f, mask, buckets, scale * x, p);
                int actual = kinds.indexOf(examples.get(i).category());
                scale *= 1 - step * s.regularisation();
                for (int k = 0; k < n; k++) {
                    double gradient = p[k] - (k == actual ? 1 : 0);
                    change[k] = step * gradient * x / scale;
                    v[buckets * n + k] -= step * gradient;
                }
                for (int j = 0; j < f.count; j++) {
                    int at = (f.bucket[j] & mask) * n;
                    for (int k = 0; k < n; k++) {
                        v[at + k] -= change[k];
                    }
                }
                if (scale < 1e-6) {
                    for (int j = 0; j < buckets * n; j++) {
                        v[j] *= scale;
                    }
                    scale = 1;
                }
            }
        }
        float[][] out = new float[n][buckets + 1];
        for (int k = 0; k < n; k++) {
            for (int b = 0; b < buckets; b++) {
                out[k][b] = (float) (v[b * n + k] * scale);
            }
            out[k][buckets] = (float) v[buckets * n + k];
        }
        return out;
    }

    private static void probabilities(
            double[] v, int n, SafetyFeatures f, int mask, int buckets, double x, double[] p) {
        Arrays.fill(p, 0);
        for (int j = 0; j < f.count; j++) {
            int at = (f.bucket[j] & mask) * n;
            for (int k = 0; k < n; k++) {
                p[k] += v[at + k];
            }
        }
        double most = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            p[k] = p[k] * x + v[buckets * n + k];
            most = Math.max(most, p[k]);
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            p[k] = Math.exp(p[k] - most);
            sum += p[k];
        }
        for (int k = 0; k < n; k++) {
            p[k] /= sum;
        }
    }

    /** Folds the penalty's scale into the weights (the bias was never scaled); the new scale is 1. */
    private static double rescale(double[] v, int buckets, double scale) {
        for (int j = 0; j < buckets; j++) {
            v[j] *= scale;
        }
        return 1;
    }

    private static float[] weights(double[] v, int buckets, double scale) {
        float[] w = new float[buckets + 1];
        for (int j = 0; j < buckets; j++) {
            w[j] = (float) (v[j] * scale);
        }
        w[buckets] = (float) v[buckets];
        return w;
    }

    private static int[] order(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Fisher–Yates, driven by the given generator. */
    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = a[i];
            a[i] = a[j];
            a[j] = swap;
        }
    }
}
