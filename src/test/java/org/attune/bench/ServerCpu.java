package org.attune.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's CPU time, by kind of thread, read from {@code /proc} (Linux):
 * CPU per message is a steadier figure than latency on a shared machine, and
 * says where the time goes. When Attune works on a PostgreSQL server on the
 * same machine, that server's CPU counts too: the postmaster's and all its
 * backends', as one more kind beside the JVM's threads, in the total.
 */
final class ServerCpu {

    static final String TOTAL = "total";
    static final String POSTGRESQL = "PostgreSQL";
    static final String BALANCER = "HAProxy";
    /** The kinds the reports show as columns, in order. */
    static final java.util.List<String> KINDS =
            java.util.List.of("room shards", "GC", "I/O", "JIT", "other", POSTGRESQL, BALANCER);

    private static final long TICKS_PER_SECOND = ticksPerSecond();

    /**
     * CPU seconds so far: of the whole process (threads that have ended included), and of each live
     * thread with its kind.
     */
    record Reading(double process, Map<Long, ThreadTime> threads, double database, double balancer) {

        record ThreadTime(String kind, double seconds) {}

        /**
         * Microseconds of CPU per message between {@code earlier} and this reading, by kind of thread and
         * in total; what threads that ended in between used counts as "other".
         */
        Map<String, Double> perMessageSince(Reading earlier, long messages) {
            Map<String, Double> used = new TreeMap<>();
            double threads = 0;
            for (var e : this.threads.entrySet()) {
                ThreadTime before = earlier.threads.get(e.getKey());
                double delta = e.getValue().seconds() - (before == null ? 0 : before.seconds());
                used.merge(e.getValue().kind(), delta, Double::sum);
                threads += delta;
            }
            double jvm = process - earlier.process;
            used.merge("other", Math.max(0, jvm - threads), Double::sum);
            double total = jvm;
            if (database >= 0 && earlier.database >= 0) {
                used.put(POSTGRESQL, database - earlier.database);
                total += database - earlier.database;
            }
            if (balancer >= 0 && earlier.balancer >= 0) {
                used.put(BALANCER, balancer - earlier.balancer);
                total += balancer - earlier.balancer;
            }
            Map<String, Double> per = new TreeMap<>();
            used.forEach((kind, seconds) -> per.put(kind, seconds * 1e6 / Math.max(1, messages)));
            per.put(TOTAL, total * 1e6 / Math.max(1, messages));
            return per;
        }
    }

    private final java.util.List<Long> pids;
    private final ProcessHandle database;
    private final ProcessHandle balancer;

    ServerCpu(ProcessHandle server) {
        this(server, null);
    }

    /** @param database the PostgreSQL postmaster Attune works on, or null */
    ServerCpu(ProcessHandle server, ProcessHandle database) {
        this(java.util.List.of(server), database, null);
    }

    /**
     * Several servers' JVMs (their threads by kind, summed), the database, and
     * the load balancer in front of them.
     *
     * @param balancer HAProxy, or null
     */
    ServerCpu(java.util.List<ProcessHandle> servers, ProcessHandle database, ProcessHandle balancer) {
        this.pids = servers.stream().map(ProcessHandle::pid).toList();
        this.database = database;
        this.balancer = balancer;
    }

    Reading read() {
        Map<Long, Reading.ThreadTime> threads = new LinkedHashMap<>();
        double process = 0;
        try {
            for (long pid : pids) {
                try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                    for (Path task : tasks.toList()) {
                        try {
                            String name = Files.readString(task.resolve("comm")).strip();
                            threads.put(
                                    Long.parseLong(task.getFileName().toString()),
                                    new Reading.ThreadTime(
                                            kind(name), seconds(Files.readString(task.resolve("stat")))));
                        } catch (NoSuchFileException ended) {
                            // The thread ended while we looked; the process's own figure has its time.
                        }
                    }
                }
                process += seconds(Files.readString(Path.of("/proc/" + pid + "/stat")));
            }
            return new Reading(
                    process,
                    threads,
                    database == null ? -1 : treeSeconds(database),
                    balancer == null ? -1 : treeSeconds(balancer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CPU seconds of a process and all its descendants: each one's own time and that of its children that
     * have ended (which it has waited for). A backend that ends between two readings moves its time into the
     * postmaster's figure, so the difference between readings counts every backend's work in between.
     */
    static double treeSeconds(ProcessHandle root) {
        double seconds = 0;
        for (ProcessHandle p : java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.descendants())
                .toList()) {
            try {
                seconds += withChildren(Files.readString(Path.of("/proc/" + p.pid() + "/stat")));
            } catch (NoSuchFileException ended) {
                // Ended and waited for while we looked: its parent's figure has its time.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seconds;
    }

    /** utime, stime, cutime and cstime: fields 14 to 17 of a {@code stat} line. */
    private static double withChildren(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int i = 11; i <= 14; i++) {
            ticks += Long.parseLong(f[i]);
        }
        return ticks / (double) TICKS_PER_SECOND;
    }

    /** User and system time from a {@code stat} line: its 14th and 15th fields, the 12th and 13th after the name. */
    private static double seconds(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) TICKS_PER_SECOND;
    }

    /** Room shards, garbage collection, Undertow's I/O threads, the JIT compilers, or the rest. */
    static String kind(String thread) {
        if (thread.startsWith("attune-room")) {
            return "room shards";
        }
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.matches("Z[A-Z].*")) {
            return "GC";
        }
        if (thread.contains("I/O")) {
            return "I/O";
        }
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
            return "JIT";
        }
        return "other";
    }

    /** "640 µs (room shards 350, GC 150, …)". */
    static String describe(Map<String, Double> perMessage) {
        StringBuilder parts = new StringBuilder();
        perMessage.entrySet().stream()
                .filter(e -> !e.getKey().equals(TOTAL))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> parts.append(parts.isEmpty() ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue())));
        return String.format(Locale.ROOT, "%.0f µs (%s)", perMessage.getOrDefault(TOTAL, 0.0), parts);
    }

    private static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
