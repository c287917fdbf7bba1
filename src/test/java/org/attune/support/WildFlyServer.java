package org.attune.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.application.DataKeySettings;
import org.attune.application.Settings;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The provisioned WildFly run as a plain process with Attune deployed, from a
 * server directory of its own: for the development stack, and for tests that
 * must crash a server and start it again.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final Set<String> RUNTIME_DIRS = Set.of("data", "log", "tmp", "deployments");
    /** The deployment scanner's marker files; deployments themselves stay. */
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile(
            ".*\\.(deployed|failed|isdeploying|pending|undeployed|skipdeploy|dodeploy)");

    private final Path jbossHome;
    private final Path base;
    private final int portOffset;
    private final Map<String, String> environment;
    private final java.util.Set<String> unset = new java.util.HashSet<>();
    private Process process;

    /**
     * What the development and test commands tell the server: this is
     * development, here is the development client secret, which
     * {@link RealmFiles#developmentRealm} gives the realm, and the development
     * key for what is said at rest.
     */
    public static Map<String, String> developmentEnvironment() {
        return Map.of(
                "ATTUNE_PROFILE",
                Settings.DEVELOPMENT,
                "ATTUNE_OIDC_CLIENT_SECRET",
                Settings.DEVELOPMENT_CLIENT_SECRET,
                "ATTUNE_DATA_KEY",
                DataKeySettings.DEVELOPMENT_DATA_KEY);
    }

    /**
     * @param base the server directory to use; made afresh from the provisioned server's configuration
     * @param war the application to deploy
     */
    public WildFlyServer(Path jbossHome, Path base, Path war, int portOffset, Map<String, String> environment) {
        this.jbossHome = jbossHome;
        this.base = base;
        this.portOffset = portOffset;
        this.environment = Map.copyOf(environment);
        prepare(war);
    }

    /** Leaves these variables out of what the server inherits from this process's environment. */
    public WildFlyServer withoutVariables(String... names) {
        unset.addAll(List.of(names));
        return this;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort();
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    /** Where the management interface answers, with {@code /health/ready}. */
    public int managementPort() {
        return 9990 + portOffset;
    }

    /** A name for the server among others on this machine. */
    public String name() {
        return "wildfly-" + portOffset;
    }

    /**
     * The servers of a cluster on this machine, one per port offset, each in a
     * directory of its own under {@code work}, told what wildfly-config/cluster.cli
     * needs: the cluster's name, every member's JGroups address, and a name of
     * its own (added to the {@code JAVA_OPTS} of {@code environment}). Not
     * started: see {@link #startInTurn}.
     */
    public static List<WildFlyServer> cluster(
            String cluster, Path jbossHome, Path war, Path work, Map<String, String> environment, int... portOffsets) {
        String members = java.util.Arrays.stream(portOffsets)
                .mapToObj(offset -> "127.0.0.1[" + (7600 + offset) + "]")
                .collect(java.util.stream.Collectors.joining(","));
        String javaOptions = environment.getOrDefault("JAVA_OPTS", "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true");
        List<WildFlyServer> servers = new java.util.ArrayList<>();
        for (int offset : portOffsets) {
            String node = cluster + "-" + offset;
            Map<String, String> env = new java.util.HashMap<>(environment);
            env.put("ATTUNE_CLUSTER_NAME", cluster);
            env.put("ATTUNE_CLUSTER_MEMBERS", members);
            env.put("JAVA_OPTS", javaOptions + " -Djboss.node.name=" + node + " -Djboss.tx.node.id=" + node);
            servers.add(new WildFlyServer(jbossHome, work.resolve(node), war, offset, env));
        }
        return servers;
    }

    /** Starts the servers one after the other: the first brings the schema up to date. */
    public static void startInTurn(List<WildFlyServer> servers, Duration timeout) {
        servers.forEach(server -> server.start().awaitDeployed(timeout));
    }

    public Path log() {
        return base.resolve("log/server.log");
    }

    public WildFlyServer start() {
        clearDeploymentMarkers();
        ProcessBuilder builder = new ProcessBuilder(
                        jbossHome.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                        "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("console.log").toFile()));
        builder.environment().keySet().removeAll(unset);
        builder.environment().putAll(environment);
        builder.environment().putIfAbsent("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until Attune is deployed and answering, or fails with where to look. */
    public WildFlyServer awaitDeployed(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path deployed = base.resolve("deployments/attune.war.deployed");
        Path failed = base.resolve("deployments/attune.war.failed");
        try {
            Awaitility.await("Attune deployed")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("WildFly stopped during start-up; see " + log());
                        }
                        if (Files.exists(failed)) {
                            throw new IllegalStateException("Attune failed to deploy: " + Files.readString(failed));
                        }
                        return Files.exists(deployed) && answers(http);
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Attune did not start within " + timeout + "; see " + log(), e);
        }
        return this;
    }

    /** The server's Java process (the start script runs it as a child), for tools such as {@code jcmd}. */
    public java.util.Optional<ProcessHandle> jvm() {
        return process == null
                ? java.util.Optional.empty()
                : process.toHandle()
                        .descendants()
                        .filter(h ->
                                h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                        .findFirst();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void waitFor() throws InterruptedException {
        process.waitFor();
    }

    /** Ends the server at once, as a power cut would: no shutdown, no flushing. */
    public void kill() {
        if (process != null) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.toHandle().onExit().join();
            process = null;
        }
    }

    /** Stops the server politely. */
    @Override
    public void close() {
        if (process != null) {
            ProcessTrees.stop(process.toHandle(), Duration.ofSeconds(30));
            process = null;
        }
    }

    private boolean answers(HttpClient http) throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private void prepare(Path war) {
        Directories.deleteTree(base);
        Path source = jbossHome.resolve("standalone");
        try (var paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path relative = source.relativize(p);
                if (relative.getNameCount() > 0
                        && RUNTIME_DIRS.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = base.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            forgetManagedDeployments(base.resolve("configuration/standalone.xml"));
            Path deployments = Files.createDirectories(base.resolve("deployments"));
            Files.copy(war, deployments.resolve("attune.war"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server that Arquillian is running from the same configuration records
     * its test deployments there; this copy deploys only its own WAR.
     */
    private static void forgetManagedDeployments(Path standaloneXml) throws IOException {
        String xml = Files.readString(standaloneXml);
        String cleaned = xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", "");
        if (!cleaned.equals(xml)) {
            Files.writeString(standaloneXml, cleaned);
        }
    }

    private void clearDeploymentMarkers() {
        try (var markers = Files.list(base.resolve("deployments"))) {
            for (Path marker : markers.filter(
                            p -> MARKER.matcher(p.getFileName().toString()).matches())
                    .toList()) {
                Files.delete(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
