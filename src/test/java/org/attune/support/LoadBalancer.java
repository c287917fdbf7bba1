package org.attune.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of Attune's servers, as
 * the README's "Several servers" sets it up: everything for one room (its
 * socket {@code /live/rooms/{id}} and its API {@code /api/rooms/{id}}) goes to
 * the server its id hashes to (consistent hashing), so one server writes the
 * room; everything else to any server, which all share the sign-in. A server
 * whose readiness check fails, or that refuses connections, is taken out
 * within about two seconds and its rooms hash to the others; when it is ready
 * again they come back to it.
 */
public final class LoadBalancer implements AutoCloseable {

    private static final Path HAPROXY = Path.of(System.getProperty("attune.haproxy", "/usr/sbin/haproxy"));

    private final int port;
    private final Path directory;
    private final List<WildFlyServer> servers;
    private Process process;

    public LoadBalancer(int port, Path directory, List<WildFlyServer> servers) {
        this.port = port;
        this.directory = directory;
        this.servers = List.copyOf(servers);
    }

    public static boolean available() {
        return Files.isExecutable(HAPROXY);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** HAProxy's own page of which servers are up, on the next port. */
    int statsPort() {
        return port + 1;
    }

    /** Waits until HAProxy sends rooms to this many servers (their readiness checks passed). */
    public void awaitServing(int count, Duration timeout) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Awaitility.await(count + " servers up behind HAProxy")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> serving(http) >= count);
    }

    /** How many servers of the rooms' backend are up, from HAProxy's statistics (CSV). */
    private long serving(java.net.http.HttpClient http) throws IOException, InterruptedException {
        String csv = http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + statsPort() + "/stats;csv"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        return csv.lines()
                .map(line -> line.split(","))
                .filter(f -> f.length > 17 && "rooms".equals(f[0]) && !"BACKEND".equals(f[1]))
                .filter(f -> f[17].startsWith("UP"))
                .count();
    }

    public Path log() {
        return directory.resolve("haproxy.log");
    }

    /** The configuration: the routing by room, the readiness checks, no time limit on a quiet socket. */
    String configuration() {
        String backends = IntStream.range(0, servers.size())
                .mapToObj(i -> {
                    WildFlyServer server = servers.get(i);
                    return "    server " + server.name() + " 127.0.0.1:" + server.httpPort()
                            + " check port " + server.managementPort() + " inter 1s fall 2 rise 2"
                            + " observe layer4 error-limit 1 on-error mark-down";
                })
                .collect(Collectors.joining("\n"));
        return String.join(
                "\n",
                // No maxconn: HAProxy sets it from the limit on open files.
                "defaults",
                "    mode http",
                "    option redispatch",
                "    retries 2",
                "    timeout connect 2s",
                "    timeout client 1h",
                "    timeout server 1h",
                "    timeout tunnel 1h",
                "    timeout http-request 10s",
                "",
                "frontend attune",
                "    bind 127.0.0.1:" + port,
                "    acl room path_reg ^/(live|api)/rooms/[^/]+",
                "    use_backend rooms if room",
                "    default_backend pages",
                "",
                "backend rooms",
                "    balance hash path,field(4,/)",
                "    hash-type consistent",
                "    option httpchk GET /health/ready",
                "    http-check expect status 200",
                backends,
                "",
                "listen stats",
                "    bind 127.0.0.1:" + statsPort(),
                "    stats enable",
                "    stats uri /stats",
                "",
                "backend pages",
                "    balance roundrobin",
                "    option httpchk GET /health/ready",
                "    http-check expect status 200",
                backends,
                "");
    }

    public LoadBalancer start() {
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("haproxy.cfg");
            Files.writeString(config, configuration());
            process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Awaitility.await("HAProxy listening on " + port)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("HAProxy stopped during start-up; see " + log());
                    }
                    return listening();
                });
        return this;
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** HAProxy's process, for what it costs. */
    public java.util.Optional<ProcessHandle> process() {
        return java.util.Optional.ofNullable(process).map(Process::toHandle);
    }

    public void waitFor() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() {
        if (process != null) {
            ProcessTrees.stop(process.toHandle(), Duration.ofSeconds(10));
            process = null;
        }
    }
}
