package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * Scenario (c): what the server holds for sockets that are open and quiet.
 * The live heap (after a full GC, from the class histogram) and the server's
 * thread count are read through {@code jcmd} and {@code /proc} before and
 * after the sockets open; the difference, divided by the sockets, is the cost
 * of one.
 */
final class IdleScenario {

    /** One target's census. */
    record Census(
            String target,
            int sockets,
            long open,
            long heapBefore,
            long heapAfter,
            int threadsBefore,
            int threadsAfter) {
        long heapPerSocket() {
            return (heapAfter - heapBefore) / Math.max(1, sockets);
        }
    }

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)");

    private IdleScenario() {}

    static Census run(String target, ProcessHandle server, int perSeat, String baseUrl, Benchmark.Population population)
            throws Exception {
        long heapBefore = liveHeap(server);
        int threadsBefore = threads(server);
        long filesBefore = openFiles(server);
        try (LoadSocket.Pool pool = new LoadSocket.Pool(Integer.getInteger("bench.io-threads", 2));
                Traffic traffic = Traffic.open(pool, target, baseUrl, population, perSeat)) {
            Awaitility.await(target + ": every socket welcomed into its room")
                    .atMost(Duration.ofMinutes(2))
                    .until(traffic::allIn);
            long open = traffic.open();
            Census census = new Census(
                    target, traffic.size(), open, heapBefore, liveHeap(server), threadsBefore, threads(server));
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d of %d sockets open; per socket %d bytes of heap; %d threads per 1,000 sockets%n",
                    target,
                    open,
                    census.sockets(),
                    census.heapPerSocket(),
                    (census.threadsAfter() - census.threadsBefore()) * 1000L / Math.max(1, census.sockets()));
            return census;
        } finally {
            // The server has let go of the sockets before the next target is counted.
            Awaitility.await(target + ": the server's sockets closed")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> openFiles(server) <= filesBefore + 16);
        }
    }

    /** The server's open file descriptors, sockets included. */
    static long openFiles(ProcessHandle server) throws IOException {
        try (var fds = Files.list(Path.of("/proc/" + server.pid() + "/fd"))) {
            return fds.count();
        }
    }

    /** Bytes of live objects: {@code jcmd GC.class_histogram} runs a full GC first. */
    static long liveHeap(ProcessHandle server) throws IOException, InterruptedException {
        String histogram = jcmd(server, "GC.class_histogram");
        Matcher m = TOTAL.matcher(histogram);
        if (!m.find()) {
            throw new IllegalStateException("No total in the class histogram: "
                    + histogram.lines().limit(5).toList());
        }
        return Long.parseLong(m.group(2));
    }

    static int threads(ProcessHandle server) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + server.pid() + "/status")).stream()
                .filter(l -> l.startsWith("Threads:"))
                .mapToInt(l -> Integer.parseInt(l.substring("Threads:".length()).strip()))
                .findFirst()
                .orElseThrow();
    }

    static String jcmd(ProcessHandle server, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        ProcessBuilder builder =
                new ProcessBuilder(jcmd.toString(), Long.toString(server.pid())).redirectErrorStream(true);
        builder.command().addAll(java.util.Arrays.asList(command.split(" ")));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    static void write(Path dir, List<Census> censuses) throws IOException {
        StringBuilder md = new StringBuilder(
                "| target | sockets | open | live heap before | live heap after | heap per socket | threads before | threads after | ÷ baseline |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        Census base = censuses.stream()
                .filter(c -> c.target().equals("baseline"))
                .findFirst()
                .orElse(null);
        for (Census c : censuses) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f MiB | %.1f MiB | %.1f KiB | %d | %d | %s |%n",
                    c.target(),
                    c.sockets(),
                    c.open(),
                    c.heapBefore() / 1048576.0,
                    c.heapAfter() / 1048576.0,
                    c.heapPerSocket() / 1024.0,
                    c.threadsBefore(),
                    c.threadsAfter(),
                    base == null || base.heapPerSocket() <= 0
                            ? "—"
                            : String.format(Locale.ROOT, "%.1f", c.heapPerSocket() / (double) base.heapPerSocket())));
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("idle.md"), md);
    }
}
