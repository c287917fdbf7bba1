package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Writes the results as Markdown (figures beside the baseline, as ratios) and SVG charts. */
final class Report {

    private Report() {}

    static String line(Benchmark.Result r) {
        String[] l = latencies(r.latency());
        return String.format(
                Locale.ROOT,
                "%s: %d sent, %d deliveries, p50 %s, p99 %s, p99.9 %s, max %s, lost %d, duplicates %d, errors %d,"
                        + " server CPU per message %s",
                r.target(),
                r.sent(),
                r.deliveries(),
                l[0],
                l[1],
                l[2],
                l[3],
                r.lost(),
                r.duplicates(),
                r.errors(),
                ServerCpu.describe(r.cpuPerMessage()));
    }

    /** p50, p99, p99.9 and max of a histogram of microseconds, in milliseconds, for the tables. */
    static String[] latencies(Histogram h) {
        return new String[] {
            ms(h.getValueAtPercentile(50)),
            ms(h.getValueAtPercentile(99)),
            ms(h.getValueAtPercentile(99.9)),
            ms(h.getMaxValue())
        };
    }

    static void write(Path dir, List<Benchmark.Result> results) throws IOException {
        StringBuilder md = new StringBuilder();
        Benchmark.Result base = results.stream()
                .filter(r -> r.target().equals("baseline"))
                .findFirst()
                .orElse(null);
        Benchmark.Settings s = results.get(0).settings();
        md.append(String.format(
                Locale.ROOT,
                "%d rooms × %d members, one message per member every %d ms on average; %d s measured after %d s of warm-up.%n%n",
                s.rooms(),
                s.members(),
                s.interval().toMillis(),
                s.measure().toSeconds(),
                s.warmUp().toSeconds()));
        md.append("| target | msg/s in | deliveries/s | p50 | p99 | p99.9 | max | lost | duplicates | errors"
                + " | p99 ÷ baseline | CPU per message | " + String.join(" | ", ServerCpu.KINDS)
                + " | CPU ÷ baseline |\n");
        md.append("|---".repeat(13 + ServerCpu.KINDS.size())).append("|\n");
        for (Benchmark.Result r : results) {
            md.append(row(r, base, s));
        }
        md.append("\nCPU per message is in µs: the server's JVM by kind of thread, and PostgreSQL's own processes"
                + " (the postmaster and its backends) where Attune works on it, all in the total.\n");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), md);
        Files.writeString(dir.resolve("latency-over-time.svg"), overTime(results));
        Files.writeString(dir.resolve("latency-percentiles.svg"), percentiles(results));
    }

    private static String row(Benchmark.Result r, Benchmark.Result base, Benchmark.Settings s) {
        Histogram h = r.latency();
        String[] l = latencies(h);
        double seconds = Math.max(1, s.measure().toSeconds());
        StringBuilder kinds = new StringBuilder();
        for (String kind : ServerCpu.KINDS) {
            Double v = r.cpuPerMessage().get(kind);
            kinds.append(v == null ? "—" : String.format(Locale.ROOT, "%.0f", v))
                    .append(" | ");
        }
        return String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %s | %s | %s | %s | %d | %d | %d | %s | %.0f µs | %s%s |%n",
                r.target(),
                r.sent() / seconds,
                r.deliveries() / seconds,
                l[0],
                l[1],
                l[2],
                l[3],
                r.lost(),
                r.duplicates(),
                r.errors(),
                base == null || base.latency().getTotalCount() == 0
                        ? "—"
                        : String.format(
                                Locale.ROOT,
                                "%.2f",
                                h.getValueAtPercentile(99)
                                        / (double) Math.max(1, base.latency().getValueAtPercentile(99))),
                r.cpuPerMessage().getOrDefault(ServerCpu.TOTAL, 0.0),
                kinds,
                base == null
                        ? "—"
                        : String.format(
                                Locale.ROOT,
                                "%.2f",
                                r.cpuPerMessage().getOrDefault(ServerCpu.TOTAL, 0.0)
                                        / Math.max(1e-9, base.cpuPerMessage().getOrDefault(ServerCpu.TOTAL, 0.0))));
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    private static final String[] COLOURS = {"#7a7f87", "#2f6f6a", "#3a5fa8"};

    /** p99 per second, one line per target. */
    private static String overTime(List<Benchmark.Result> results) {
        long max = results.stream()
                .flatMap(r -> r.seconds().stream())
                .mapToLong(Deliveries.Second::p99)
                .max()
                .orElse(1);
        int n = results.stream().mapToInt(r -> r.seconds().size()).max().orElse(1);
        StringBuilder svg = header("p99 delivery latency, per second (ms)", max);
        for (int i = 0; i < results.size(); i++) {
            StringBuilder points = new StringBuilder();
            for (Deliveries.Second sec : results.get(i).seconds()) {
                points.append(String.format(
                        Locale.ROOT, "%.1f,%.1f ", 60 + 700.0 * sec.second() / n, 340 - 300.0 * sec.p99() / max));
            }
            svg.append(line(points, i, results.get(i).target()));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Latency by percentile (50 … 99.99), one line per target. */
    private static String percentiles(List<Benchmark.Result> results) {
        double[] ps = {50, 75, 90, 95, 99, 99.5, 99.9, 99.99};
        long max = results.stream()
                .mapToLong(r -> r.latency().getValueAtPercentile(99.99))
                .max()
                .orElse(1);
        StringBuilder svg = header("Delivery latency by percentile (ms): 50, 75, 90, 95, 99, 99.5, 99.9, 99.99", max);
        for (int i = 0; i < results.size(); i++) {
            StringBuilder points = new StringBuilder();
            for (int p = 0; p < ps.length; p++) {
                points.append(String.format(
                        Locale.ROOT,
                        "%.1f,%.1f ",
                        60 + 700.0 * p / (ps.length - 1),
                        340 - 300.0 * results.get(i).latency().getValueAtPercentile(ps[p]) / Math.max(1, max)));
            }
            svg.append(line(points, i, results.get(i).target()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder header(String title, long maxMicros) {
        return new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"380\" font-family=\"sans-serif\" font-size=\"12\">"
                        + "<rect width=\"800\" height=\"380\" fill=\"#fff\"/>"
                        + "<text x=\"60\" y=\"20\" font-size=\"14\">%s</text>"
                        + "<line x1=\"60\" y1=\"340\" x2=\"760\" y2=\"340\" stroke=\"#999\"/>"
                        + "<line x1=\"60\" y1=\"40\" x2=\"60\" y2=\"340\" stroke=\"#999\"/>"
                        + "<text x=\"5\" y=\"44\">%s</text><text x=\"30\" y=\"340\">0</text>",
                title,
                ms(maxMicros)));
    }

    private static String line(StringBuilder points, int i, String name) {
        return String.format(
                Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>"
                        + "<text x=\"%d\" y=\"365\" fill=\"%s\">%s</text>",
                COLOURS[i % COLOURS.length],
                points.toString().trim(),
                60 + 150 * i,
                COLOURS[i % COLOURS.length],
                name);
    }
}
