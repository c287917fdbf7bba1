package org.attune.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.attune.support.ApiClient;
import org.attune.support.DemoUsers;
import org.attune.support.Directories;
import org.attune.support.Json;
import org.attune.support.KeycloakServer;
import org.attune.support.LiveClient;
import org.attune.support.LoadBalancer;
import org.attune.support.PostgresServer;
import org.attune.support.TestRoom;
import org.attune.support.TokenClient;
import org.attune.support.WildFlyServer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Attune under load, side by side with a bare WebSocket broadcast in the same
 * WildFly. Starts Keycloak and WildFly itself (ports +20000), creates
 * generated users in the dev/test realm, opens rooms and memberships through
 * the REST API, and drives the live protocol: every member sends a message on
 * average every {@code interval} (at random, so the load is smooth), and the
 * latency from send to delivery at every other member is recorded.
 *
 * <p>Run: {@code ./mvnw -Pbench} (see the README); results go to
 * {@code target/bench/}.
 */
public final class Benchmark {

    private static final int OFFSET = Traffic.OFFSET;
    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";
    static final String EXTERNAL = "external";
    /** The benchmark's own PostgreSQL: the integration tests' port, +10000 (the benchmark's ports are +20000). */
    static final int POSTGRES_PORT = 28432;

    /**
     * What to run, from {@code -Dbench.*}: the scenario ({@code peak}, {@code ramp} or {@code idle}),
     * the rooms and their members, the pace, the warm-up and measured windows, and the targets.
     */
    record Settings(
            String scenario,
            int rooms,
            int members,
            Duration interval,
            Duration warmUp,
            Duration measure,
            String target,
            String db) {
        static Settings fromSystemProperties() {
            String scenario = System.getProperty("bench.scenario", "peak");
            boolean ramp = scenario.equals("ramp");
            return new Settings(
                    scenario,
                    Integer.getInteger("bench.rooms", 500),
                    Integer.getInteger("bench.members", 4),
                    Duration.ofMillis(Long.getLong("bench.interval-ms", 2000)),
                    Duration.ofSeconds(Long.getLong("bench.warmup-seconds", ramp ? 10 : 30)),
                    Duration.ofSeconds(Long.getLong("bench.seconds", ramp ? 30 : 300)),
                    System.getProperty("bench.target", "both"),
                    System.getProperty("bench.db", "h2"));
        }

        /**
         * The databases Attune runs on, one WildFly each, in this order: {@code -Dbench.db=h2} (the default),
         * {@code postgresql} (a PostgreSQL 17 the benchmark starts itself) or {@code both}. With
         * {@code -Dbench.db-url} Attune runs once, on that database.
         */
        List<String> databases() {
            if (System.getProperty("bench.db-url") != null) {
                return List.of(EXTERNAL);
            }
            return switch (db) {
                case "both" -> List.of(H2, POSTGRESQL);
                case H2, POSTGRESQL -> List.of(db);
                default -> throw new IllegalArgumentException("bench.db is h2, postgresql or both, not " + db);
            };
        }

        /** The baseline first, then Attune, on the same rooms and the same schedule. */
        List<String> targets() {
            return switch (target) {
                case "both" -> List.of("baseline", "attune");
                case "baseline", "attune" -> List.of(target);
                default ->
                    throw new IllegalArgumentException("bench.target is both, baseline or attune, not " + target);
            };
        }
    }

    record Result(
            String target,
            Settings settings,
            long sent,
            long deliveries,
            long lost,
            long duplicates,
            long errors,
            Histogram latency,
            List<Deliveries.Second> seconds,
            Map<String, Integer> errorCodes,
            Map<String, Double> cpuPerMessage) {

        static Result of(String target, Settings settings, Deliveries deliveries, Map<String, Double> cpuPerMessage) {
            Histogram latency = deliveries.total();
            return new Result(
                    target,
                    settings,
                    deliveries.sent(),
                    latency.getTotalCount(),
                    deliveries.lost(),
                    deliveries.duplicates(),
                    deliveries.errors(),
                    latency,
                    deliveries.seconds(),
                    deliveries.errorCodes(),
                    cpuPerMessage);
        }
    }

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path work = Path.of(System.getProperty("attune.bench.work", "target/bench"));
        Files.createDirectories(work);
        List<String> databases = settings.databases();
        try (KeycloakServer keycloak = new KeycloakServer(
                Path.of(System.getProperty("attune.keycloak.home")),
                8180 + OFFSET,
                work.resolve("keycloak"),
                work.resolve("keycloak/keycloak.pid"))) {
            Files.createDirectories(work.resolve("keycloak"));
            keycloak.start();
            keycloak.awaitReady(Duration.ofMinutes(5));
            List<String> tokens = Population.users(keycloak, settings);
            Outcomes outcomes = new Outcomes();
            for (String database : databases) {
                // The baseline runs once, in the first server, before Attune.
                boolean first = database.equals(databases.get(0));
                List<String> targets = settings.targets().stream()
                        .filter(t -> t.equals("attune") || first)
                        .toList();
                runOn(database, targets, settings, work, keycloak, tokens, outcomes);
            }
            outcomes.write(work, settings);
        }
    }

    /** What each target did, across the servers of a run. */
    private static final class Outcomes {
        final List<Result> results = new ArrayList<>();
        final List<RampScenario.Step> steps = new ArrayList<>();
        final List<IdleScenario.Census> censuses = new ArrayList<>();

        void write(Path work, Settings settings) throws IOException {
            switch (settings.scenario()) {
                case "peak" -> {
                    Report.write(work, results);
                    results.forEach(r -> System.out.println(Report.line(r) + " " + r.errorCodes()));
                }
                case "ramp" -> {
                    RampScenario.write(work, settings, steps);
                    System.out.println(Files.readString(work.resolve("ramp.md")));
                }
                default -> {
                    IdleScenario.write(work, censuses);
                    System.out.println(Files.readString(work.resolve("idle.md")));
                }
            }
        }
    }

    /**
     * Starts a WildFly whose Attune works on {@code database} (and the PostgreSQL it needs), each from empty,
     * opens the rooms on it and runs the scenario for each target.
     */
    private static void runOn(
            String database,
            List<String> targets,
            Settings settings,
            Path work,
            KeycloakServer keycloak,
            List<String> tokens,
            Outcomes outcomes)
            throws Exception {
        Directories.deleteTree(work.resolve("data"));
        Directories.deleteTree(work.resolve("postgres"));
        int nodes = Integer.getInteger("bench.nodes", 1);
        if (nodes > 1) {
            runOnCluster(nodes, database, settings, work, keycloak, tokens, outcomes);
            return;
        }
        try (PostgresServer postgres = database.equals(POSTGRESQL)
                        ? new PostgresServer(work.resolve("postgres"), POSTGRES_PORT)
                        : null;
                WildFlyServer server = wildfly(work, keycloak, database, postgres)) {
            server.start().awaitDeployed(Duration.ofMinutes(3));
            awaitBaseline(work, database);
            Population population = Population.create(tokens, keycloak, server.baseUrl(), settings);
            ServerCpu cpu = new ServerCpu(
                    server.jvm().orElseThrow(),
                    postgres == null ? null : postgres.process().orElseThrow());
            for (String target : targets) {
                String label = target.equals("attune") ? "attune (" + label(database) + ")" : target;
                switch (settings.scenario()) {
                    case "peak" ->
                        outcomes.results.add(run(
                                label, settings, server.baseUrl(), server.jvm().orElseThrow(), cpu, population));
                    case "ramp" -> outcomes.steps.addAll(RampScenario.run(label, settings, server, cpu, population));
                    case "idle" ->
                        outcomes.censuses.add(
                                IdleScenario.run(label, server.jvm().orElseThrow(), 1, server.baseUrl(), population));
                    default ->
                        throw new IllegalArgumentException(
                                "bench.scenario is peak, ramp or idle, not " + settings.scenario());
                }
            }
        }
    }

    /**
     * {@code -Dbench.nodes=2} (or 3): Attune on that many servers in a cluster on one PostgreSQL, behind
     * HAProxy at the benchmark's address, as the README's "Several servers" sets them up. Scenario (a) for
     * Attune only (the baseline has no cluster); the CPU of every server, PostgreSQL and HAProxy together.
     */
    private static void runOnCluster(
            int nodes,
            String database,
            Settings settings,
            Path work,
            KeycloakServer keycloak,
            List<String> tokens,
            Outcomes outcomes)
            throws Exception {
        if (!settings.scenario().equals("peak") || !database.equals(POSTGRESQL)) {
            throw new IllegalArgumentException(
                    "bench.nodes runs scenario (a) (bench.scenario=peak) on PostgreSQL (bench.db=postgresql)");
        }
        int[] offsets = java.util.stream.IntStream.rangeClosed(1, nodes)
                .map(i -> OFFSET + i * 1000)
                .toArray();
        List<WildFlyServer> servers = new ArrayList<>();
        try (PostgresServer postgres = new PostgresServer(work.resolve("postgres"), POSTGRES_PORT)) {
            Map<String, String> env = environment(work, keycloak);
            env.putAll(postgres.start().environment(PostgresServer.DATABASE));
            servers.addAll(WildFlyServer.cluster(
                    "attune-bench",
                    Path.of(System.getProperty("jboss.home")),
                    Path.of(System.getProperty("attune.war")),
                    work,
                    env,
                    offsets));
            if (!sealed()) {
                servers.forEach(server -> server.withoutVariables("ATTUNE_DATA_KEY"));
            }
            WildFlyServer.startInTurn(servers, Duration.ofMinutes(3));
            try (LoadBalancer balancer = new LoadBalancer(8080 + OFFSET, work.resolve("balancer"), servers).start()) {
                balancer.awaitServing(nodes, Duration.ofSeconds(30));
                Population population = Population.create(tokens, keycloak, balancer.baseUrl(), settings);
                ServerCpu cpu = new ServerCpu(
                        servers.stream().map(s -> s.jvm().orElseThrow()).toList(),
                        postgres.process().orElseThrow(),
                        balancer.process().orElseThrow());
                String label = "attune (" + label(database) + ", " + nodes + " servers behind HAProxy)";
                outcomes.results.add(run(
                        label,
                        settings,
                        balancer.baseUrl(),
                        servers.get(0).jvm().orElseThrow(),
                        cpu,
                        population));
            }
        } finally {
            servers.forEach(WildFlyServer::close);
        }
    }

    static String label(String database) {
        String label = switch (database) {
            case H2 -> "H2";
            case POSTGRESQL -> "PostgreSQL";
            default -> System.getProperty("bench.db-driver", EXTERNAL);
        };
        return sealed() ? label : label + ", words in the clear";
    }

    /**
     * {@code -Dbench.sealed=false}: Attune stores what is said in the clear (a
     * development server without {@code ATTUNE_DATA_KEY}); by default it seals
     * it, as a practice's server does.
     */
    static boolean sealed() {
        return Boolean.parseBoolean(System.getProperty("bench.sealed", "true"));
    }

    private static WildFlyServer wildfly(Path work, KeycloakServer keycloak, String database, PostgresServer postgres)
            throws IOException {
        Path base = work.resolve("server-" + database);
        Map<String, String> env = environment(work, keycloak);
        if (postgres != null) {
            env.putAll(postgres.start().environment(PostgresServer.DATABASE));
        }
        WildFlyServer server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                base,
                Path.of(System.getProperty("attune.war")),
                OFFSET,
                env);
        if (!sealed()) {
            server.withoutVariables("ATTUNE_DATA_KEY");
        }
        WebArchive baseline =
                ShrinkWrap.create(WebArchive.class, "baseline.war").addClass(BroadcastEndpoint.class);
        Files.createDirectories(base.resolve("deployments"));
        baseline.as(ZipExporter.class)
                .exportTo(base.resolve("deployments/baseline.war").toFile(), true);
        return server;
    }

    /**
     * The set-up opens every room and spends every invitation through the REST
     * API as a few people, far faster than the per-person limits allow a
     * practice; the load itself stays within the live limits.
     */
    private static final String SET_UP_LIMITS =
            " -Dattune.rest.invitations-per-minute=1000000 -Dattune.rest.accepts-per-minute=1000000";

    /**
     * The server's settings; {@code -Dbench.db-url}, {@code -Dbench.db-driver}, {@code -Dbench.db-user} and
     * {@code -Dbench.db-password} point Attune at another database (see docs/benchmarks.md).
     */
    private static Map<String, String> environment(Path work, KeycloakServer keycloak) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "ATTUNE_DATA_DIR",
                work.resolve("data").toAbsolutePath().toString(),
                "ATTUNE_OIDC_PROVIDER_URL",
                keycloak.realmUrl(),
                "ATTUNE_ALLOWED_ORIGINS",
                "http://localhost:" + (8080 + OFFSET),
                "JAVA_OPTS",
                System.getProperty("bench.server-java-opts", "-Xms1g -Xmx1g -XX:+UseZGC") + SET_UP_LIMITS));
        env.putAll(WildFlyServer.developmentEnvironment());
        if (!sealed()) {
            env.remove("ATTUNE_DATA_KEY");
        }
        Map.of(
                        "bench.db-url", "ATTUNE_DB_URL",
                        "bench.db-driver", "ATTUNE_DB_DRIVER",
                        "bench.db-user", "ATTUNE_DB_USER",
                        "bench.db-password", "ATTUNE_DB_PASSWORD")
                .forEach((property, variable) -> {
                    String value = System.getProperty(property);
                    if (value != null) {
                        env.put(variable, value);
                    }
                });
        return env;
    }

    private static void awaitBaseline(Path work, String database) {
        Path deployed = work.resolve("server-" + database + "/deployments/baseline.war.deployed");
        org.awaitility.Awaitility.await(
                        "the baseline endpoint deployed; see " + work.resolve("server-" + database + "/log"))
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(deployed));
    }

    /** How long the set-up uses one access token of the therapist's. */
    private static final Duration THERAPIST_TOKEN_REUSE = Duration.ofMinutes(2);

    /** The rooms and their members' tokens, made once and used by both targets. */
    record Population(List<String> roomIds, List<List<String>> memberTokens) {

        /** The generated people's tokens, made once for every server of the run. */
        static List<String> users(KeycloakServer keycloak, Settings settings) throws Exception {
            // Attune lets one person hold at most 5 sockets at once, across all rooms.
            int userCount = Math.max(settings.members(), (settings.rooms() * settings.members() + 4) / 5);
            return new BenchUsers(keycloak).create(userCount);
        }

        static Population create(List<String> tokens, KeycloakServer keycloak, String baseUrl, Settings settings)
                throws Exception {
            TokenClient tokenClient = new TokenClient(keycloak.realmUrl());
            String therapist = tokenClient.accessToken(DemoUsers.THERAPIST);
            long signedInAt = System.nanoTime();
            ApiClient api = new ApiClient(baseUrl);
            List<String> roomIds = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            for (int r = 0; r < settings.rooms(); r++) {
                // The therapist signs in again before the realm's short-lived access token runs out:
                // opening thousands of rooms takes longer than it lives.
                if (System.nanoTime() - signedInAt > THERAPIST_TOKEN_REUSE.toNanos()) {
                    therapist = tokenClient.accessToken(DemoUsers.THERAPIST);
                    signedInAt = System.nanoTime();
                }
                String roomId = api.openRoom(therapist, "Bench room " + r, "family");
                List<String> roomTokens = new ArrayList<>();
                for (int m = 0; m < settings.members(); m++) {
                    String token = tokens.get((r * settings.members() + m) % tokens.size());
                    if (roomTokens.contains(token)) {
                        token = tokens.get((r * settings.members() + m + 1) % tokens.size());
                    }
                    api.accept(token, api.invite(therapist, roomId, "participant"));
                    roomTokens.add(token);
                }
                try (LiveClient maya = LiveClient.connect(
                        baseUrl.replaceFirst("^http", "ws"),
                        roomId,
                        therapist,
                        "http://localhost:" + (8080 + OFFSET))) {
                    maya.next("welcome");
                    TestRoom.clear(maya);
                    maya.send(TestRoom.command("start_session", "start").build());
                    maya.next("ack");
                }
                roomIds.add(roomId);
                members.add(roomTokens);
                if (roomIds.size() % 250 == 0) {
                    System.out.printf("Rooms open: %d of %d%n", roomIds.size(), settings.rooms());
                }
            }
            return new Population(roomIds, members);
        }
    }

    /** Scenario (a): every member talks at the set pace; measured after a warm-up. */
    private static Result run(
            String target,
            Settings settings,
            String baseUrl,
            ProcessHandle jvm,
            ServerCpu serverCpu,
            Population population)
            throws Exception {
        Deliveries deliveries = new Deliveries(settings.members() - 1);
        Map<String, Double> cpu;
        try (LoadSocket.Pool pool = new LoadSocket.Pool(Integer.getInteger("bench.io-threads", 2));
                Traffic traffic = Traffic.open(pool, target, baseUrl, population, 1)) {
            traffic.countInto(deliveries);
            traffic.talk(settings.interval());
            System.out.printf(
                    Locale.ROOT, "%s: %d sockets open, warming up for %s%n", target, traffic.size(), settings.warmUp());
            Thread.sleep(settings.warmUp().toMillis());
            boolean jfr = Boolean.getBoolean("bench.jfr") && !target.equals("baseline");
            if (jfr) {
                IdleScenario.jcmd(jvm, "JFR.start name=bench settings=profile");
            }
            cpu = measure(deliveries, settings.measure(), serverCpu);
            if (jfr) {
                // -Dbench.jfr=true: a flight recording of the measured window, for where the CPU goes.
                Path recording = Path.of(System.getProperty("attune.bench.work", "target/bench"))
                        .resolve(target.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr")
                        .toAbsolutePath();
                IdleScenario.jcmd(jvm, "JFR.stop name=bench filename=" + recording);
            }
            traffic.quiet();
            for (long closed = traffic.size() - traffic.open(); closed > 0; closed--) {
                deliveries.error();
            }
        }
        return Result.of(target, settings, deliveries, cpu);
    }

    /**
     * Counts for {@code window}, a second at a time, then gives what is under way up to five seconds to arrive;
     * returns the server's CPU per message sent in the window, in microseconds, by kind of thread.
     */
    static Map<String, Double> measure(Deliveries deliveries, Duration window, ServerCpu cpu)
            throws InterruptedException {
        ServerCpu.Reading before = cpu.read();
        deliveries.startMeasuring();
        for (long s = 0; s < window.toSeconds(); s++) {
            Thread.sleep(1000);
            deliveries.tick();
        }
        deliveries.stopMeasuring();
        Map<String, Double> perMessage = cpu.read().perMessageSince(before, deliveries.sent());
        try {
            Awaitility.await("every delivery of the measured messages")
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> deliveries.lost() == 0);
        } catch (ConditionTimeoutException stillMissing) {
            // What has not come by now is counted as lost.
        }
        deliveries.tick();
        return perMessage;
    }

    static JsonObject json(String body) {
        return Json.parse(body);
    }
}
