package org.attune.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.attune.support.ApiClient;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.KeycloakServer;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TokenClient;
import org.attune.support.WildFlyServer;
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

    private static final int OFFSET = 20000;

    record Settings(int rooms, int members, Duration interval, Duration warmUp, Duration measure, String target) {
        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("bench.rooms", 500),
                    Integer.getInteger("bench.members", 4),
                    Duration.ofMillis(Long.getLong("bench.interval-ms", 2000)),
                    Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 30)),
                    Duration.ofSeconds(Long.getLong("bench.seconds", 300)),
                    System.getProperty("bench.target", "both"));
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
            Map<String, Integer> errorCodes) {}

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path work = Path.of(System.getProperty("attune.bench.work", "target/bench"));
        Files.createDirectories(work);
        try (KeycloakServer keycloak = new KeycloakServer(
                        Path.of(System.getProperty("attune.keycloak.home")),
                        8180 + OFFSET,
                        work.resolve("keycloak"),
                        work.resolve("keycloak/keycloak.pid"));
                WildFlyServer server = wildfly(work, keycloak)) {
            Files.createDirectories(work.resolve("keycloak"));
            keycloak.start();
            keycloak.awaitReady(Duration.ofMinutes(5));
            server.start().awaitDeployed(Duration.ofMinutes(3));
            awaitBaseline(work);

            List<Result> results = new ArrayList<>();
            Population population = Population.create(keycloak, server.baseUrl(), settings);
            if (!settings.target().equals("attune")) {
                results.add(run("baseline", settings, server.baseUrl(), population));
            }
            if (!settings.target().equals("baseline")) {
                results.add(run("attune", settings, server.baseUrl(), population));
            }
            Report.write(work, results);
            results.forEach(r -> System.out.println(Report.line(r) + " " + r.errorCodes()));
        }
    }

    private static WildFlyServer wildfly(Path work, KeycloakServer keycloak) throws IOException {
        Path base = work.resolve("server");
        WildFlyServer server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                base,
                Path.of(System.getProperty("attune.war")),
                OFFSET,
                Map.of(
                        "ATTUNE_DATA_DIR", work.resolve("data").toAbsolutePath().toString(),
                        "ATTUNE_OIDC_PROVIDER_URL", keycloak.realmUrl(),
                        "ATTUNE_ALLOWED_ORIGINS", "http://localhost:" + (8080 + OFFSET),
                        "JAVA_OPTS", System.getProperty("bench.server-java-opts", "-Xms1g -Xmx1g")));
        WebArchive baseline =
                ShrinkWrap.create(WebArchive.class, "baseline.war").addClass(BroadcastEndpoint.class);
        Files.createDirectories(base.resolve("deployments"));
        baseline.as(ZipExporter.class)
                .exportTo(base.resolve("deployments/baseline.war").toFile(), true);
        return server;
    }

    private static void awaitBaseline(Path work) {
        Path deployed = work.resolve("server/deployments/baseline.war.deployed");
        org.awaitility.Awaitility.await("the baseline endpoint deployed; see " + work.resolve("server/log"))
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(deployed));
    }

    /** The rooms and their members' tokens, made once and used by both targets. */
    record Population(List<String> roomIds, List<List<String>> memberTokens) {

        static Population create(KeycloakServer keycloak, String baseUrl, Settings settings) throws Exception {
            BenchUsers users = new BenchUsers(keycloak);
            // Attune lets one person hold at most 5 sockets at once, across all rooms.
            int userCount = Math.max(settings.members(), (settings.rooms() * settings.members() + 4) / 5);
            List<String> tokens = users.create(userCount);
            TokenClient tokenClient = new TokenClient(keycloak.realmUrl());
            String therapist = tokenClient.accessToken(DemoUsers.THERAPIST);
            ApiClient api = new ApiClient(baseUrl);
            List<String> roomIds = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            for (int r = 0; r < settings.rooms(); r++) {
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
                    maya.send(TestRoom.command("start_session", "start").build());
                    maya.next("ack");
                }
                roomIds.add(roomId);
                members.add(roomTokens);
            }
            return new Population(roomIds, members);
        }
    }

    private static Result run(String target, Settings settings, String baseUrl, Population population)
            throws Exception {
        boolean attune = target.equals("attune");
        Deliveries deliveries = new Deliveries(settings.members() - 1);
        String ws = baseUrl.replaceFirst("^http", "ws");
        String origin = "http://localhost:" + (8080 + OFFSET);
        List<LoadSocket> sockets = new ArrayList<>();
        AtomicLong counter = new AtomicLong();
        try (LoadSocket.Pool pool = new LoadSocket.Pool(Integer.getInteger("bench.io-threads", 2))) {
            for (int r = 0; r < population.roomIds().size(); r++) {
                String roomId = population.roomIds().get(r);
                for (String token : population.memberTokens().get(r)) {
                    String self = "s" + sockets.size() + "-";
                    URI uri = URI.create(attune ? ws + "/live/rooms/" + roomId : ws + "/baseline/baseline/" + roomId);
                    sockets.add(LoadSocket.open(
                            pool,
                            uri,
                            attune ? "attune.v1" : null,
                            attune ? token : null,
                            origin,
                            text -> onText(text, self, deliveries)));
                }
            }
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
            long meanMillis = settings.interval().toMillis();
            for (int i = 0; i < sockets.size(); i++) {
                scheduleNext(clock, sockets.get(i), "s" + i + "-", meanMillis, attune, deliveries, counter);
            }
            System.out.printf(
                    Locale.ROOT, "%s: %d sockets open, warming up for %s%n", target, sockets.size(), settings.warmUp());
            Thread.sleep(settings.warmUp().toMillis());
            deliveries.startMeasuring();
            long seconds = settings.measure().toSeconds();
            for (long s = 0; s < seconds; s++) {
                Thread.sleep(1000);
                deliveries.tick();
            }
            deliveries.stopMeasuring();
            Thread.sleep(5000);
            deliveries.tick();
            clock.shutdownNow();
            long open = sockets.stream().filter(LoadSocket::isOpen).count();
            for (long closed = sockets.size() - open; closed > 0; closed--) {
                deliveries.error();
            }
            sockets.forEach(LoadSocket::close);
        }
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
                deliveries.errorCodes());
    }

    /** Each member sends on average once per interval, at exponentially distributed gaps. */
    private static void scheduleNext(
            ScheduledExecutorService clock,
            LoadSocket socket,
            String self,
            long meanMillis,
            boolean attune,
            Deliveries deliveries,
            AtomicLong counter) {
        long gap = (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * meanMillis);
        clock.schedule(
                () -> {
                    if (!socket.isOpen()) {
                        return;
                    }
                    String id = self + counter.incrementAndGet();
                    deliveries.sent(id);
                    String body = "b|" + System.nanoTime() + "|" + id;
                    socket.send(attune ? "{\"type\":\"say\",\"id\":\"" + id + "\",\"text\":\"" + body + "\"}" : body);
                    scheduleNext(clock, socket, self, meanMillis, attune, deliveries, counter);
                },
                Math.min(gap, meanMillis * 10),
                TimeUnit.MILLISECONDS);
    }

    /**
     * A delivered message carries "b|sentNanos|id"; a member's own message
     * coming back to them is not a delivery. An error frame counts as an error.
     */
    private static void onText(String text, String self, Deliveries deliveries) {
        int at = text.indexOf("b|");
        if (at >= 0 && (text.startsWith("b|") || text.contains("\"kind\":\"message\""))) {
            int bar = text.indexOf('|', at + 2);
            int end = text.indexOf('"', bar);
            String id = text.substring(bar + 1, end < 0 ? text.length() : end);
            if (!id.startsWith(self)) {
                deliveries.delivered(id, Long.parseLong(text.substring(at + 2, bar)));
            }
        } else if (text.startsWith("{\"type\":\"error\"")) {
            int code = text.indexOf("\"code\":\"");
            deliveries.error(code < 0 ? "error" : text.substring(code + 8, text.indexOf('"', code + 8)));
        }
    }

    static JsonObject json(String body) {
        return Json.parse(body);
    }
}
