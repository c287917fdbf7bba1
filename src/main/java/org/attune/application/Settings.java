package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Every setting of Attune, read once, when the application starts, from the
 * server's system properties. {@code wildfly-config/*.cli} sets most of them
 * from the environment ({@code ATTUNE_…} variables); the tuning settings are
 * plain system properties. Nothing else reads a setting: the rest of the
 * application is handed this, and the domain is handed values.
 *
 * <p>Two secrets are read from the environment itself, never from system
 * properties, so that they stay out of the server's management model:
 * {@code ATTUNE_OIDC_CLIENT_SECRET} and {@code ATTUNE_DB_PASSWORD}. Outside
 * development ({@code attune.profile}) they must be set, and not to the
 * development values; {@link #secretProblems} says what is wrong. So does the
 * operator's key for what is said at rest, {@link DataKeySettings}.
 *
 * <p>A number that cannot be read (not a decimal, hexadecimal {@code 0x…} or
 * octal {@code 0…} integer) counts as not set: its default applies, and a
 * warning says so.
 */
@ApplicationScoped
public class Settings {

    static final String ALLOWED_ORIGINS = "attune.live.allowed-origins";
    static final String MAX_FRAME_BYTES = "attune.live.max-frame-bytes";
    static final String COMMANDS_PER_MINUTE = "attune.live.commands-per-minute";
    static final String COACH_PER_MINUTE = "attune.rest.coach-per-minute";
    static final String INVITATIONS_PER_MINUTE = "attune.rest.invitations-per-minute";
    static final String ACCEPTS_PER_MINUTE = "attune.rest.accepts-per-minute";
    static final String HEARTBEAT_SECONDS = "attune.live.heartbeat-seconds";
    static final String IDLE_TIMEOUT_SECONDS = "attune.live.idle-timeout-seconds";
    static final String SHARDS = "attune.live.shards";
    static final String MAX_QUEUED_BYTES = "attune.live.max-queued-bytes";
    static final String MAX_QUEUED_COMMANDS = "attune.live.max-queued-commands";
    static final String BATCH_WAIT_MICROS = "attune.live.batch-wait-micros";
    static final String CRISIS_REGION = "attune.crisis.region";
    static final String SAFETY_CONTACT = "attune.safety.contact";
    static final String QUICK_EXIT_ADDRESS = "attune.quick-exit.address";
    static final String OIDC_PROVIDER_URL = "attune.oidc.provider-url";
    static final String OIDC_CLIENT_ID = "attune.oidc.client-id";
    static final String PROFILE = "attune.profile";
    static final String DEMO_DATA = "attune.demo-data";
    static final String DB_WAIT_SECONDS = "attune.db.wait-seconds";
    static final String DB_URL = "attune.db.url";
    static final String OIDC_CLIENT_SECRET = "ATTUNE_OIDC_CLIENT_SECRET";
    static final String DB_PASSWORD = "ATTUNE_DB_PASSWORD";

    /** The {@code attune.profile} of the development and test commands, which bring their own secrets. */
    public static final String DEVELOPMENT = "development";
    /** The development client secret, which the development and test commands give the realm and the server. */
    public static final String DEVELOPMENT_CLIENT_SECRET = "attune-dev-secret-change-me";
    /** The database password {@code datasource.cli} falls back to. */
    public static final String DEVELOPMENT_DB_PASSWORD = "attune";

    /** Where "Leave quickly" goes unless the practice chooses another neutral site. */
    public static final String DEFAULT_QUICK_EXIT_ADDRESS = "https://www.bbc.com/weather";

    private static final Logger LOG = Logger.getLogger(Settings.class);

    private final List<String> allowedOrigins;
    private final int maxFrameBytes;
    private final int commandsPerMinute;
    private final int coachPerMinute;
    private final int invitationsPerMinute;
    private final int acceptsPerMinute;
    private final Duration heartbeatPeriod;
    private final Duration silenceLimit;
    private final int shards;
    private final long maxQueuedBytes;
    private final int maxQueuedCommands;
    private final Duration batchWait;
    private final Optional<String> crisisRegion;
    private final Optional<String> safetyContact;
    private final String quickExitAddress;
    private final String oidcProviderUrl;
    private final String oidcClientId;
    private final boolean development;
    private final boolean demoData;
    private final Duration databaseWait;
    private final String databaseAddress;
    private final List<String> secretProblems;
    private final OnCallSettings onCall;
    private final RetentionSettings retention;
    private final DataKeySettings dataKey;
    private final String serverName;

    /** The server's settings, from its system properties (and its environment, for the secrets). */
    public Settings() {
        this(System::getProperty, System::getenv);
    }

    private Settings(Function<String, String> source, Function<String, String> environment) {
        allowedOrigins = Arrays.stream(
                        text(source, ALLOWED_ORIGINS, "http://localhost:8080").split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
        maxFrameBytes = (int) number(source, MAX_FRAME_BYTES, 64 * 1024, Integer::decode);
        commandsPerMinute = (int) number(source, COMMANDS_PER_MINUTE, 100, Integer::decode);
        coachPerMinute = Math.max(1, (int) number(source, COACH_PER_MINUTE, 30, Integer::decode));
        invitationsPerMinute = Math.max(1, (int) number(source, INVITATIONS_PER_MINUTE, 30, Integer::decode));
        acceptsPerMinute = Math.max(1, (int) number(source, ACCEPTS_PER_MINUTE, 10, Integer::decode));
        heartbeatPeriod = Duration.ofSeconds(Math.max(1, number(source, HEARTBEAT_SECONDS, 30, Long::decode)));
        silenceLimit = Duration.ofSeconds(number(source, IDLE_TIMEOUT_SECONDS, 75, Long::decode));
        serverName = text(source, "jboss.node.name", "attune");
        shards = (int) number(source, SHARDS, Math.max(2, Runtime.getRuntime().availableProcessors()), Integer::decode);
        maxQueuedBytes = Math.max(64 * 1024, number(source, MAX_QUEUED_BYTES, 1024 * 1024, Long::decode));
        maxQueuedCommands = (int) Math.max(1, number(source, MAX_QUEUED_COMMANDS, 10_000, Integer::decode));
        batchWait = Duration.ofNanos(1000 * Math.max(0, number(source, BATCH_WAIT_MICROS, 0, Long::decode)));
        crisisRegion = Optional.ofNullable(source.apply(CRISIS_REGION));
        safetyContact = Optional.ofNullable(source.apply(SAFETY_CONTACT));
        quickExitAddress = WebAddress.read(source, QUICK_EXIT_ADDRESS, DEFAULT_QUICK_EXIT_ADDRESS);
        oidcProviderUrl = text(source, OIDC_PROVIDER_URL, "http://localhost:8180/realms/attune");
        oidcClientId = text(source, OIDC_CLIENT_ID, "attune-web");
        development =
                DEVELOPMENT.equalsIgnoreCase(text(source, PROFILE, "production").strip());
        demoData = development
                && "true".equalsIgnoreCase(text(source, DEMO_DATA, "false").strip());
        databaseWait = Duration.ofSeconds(Math.max(0, number(source, DB_WAIT_SECONDS, 60, Long::decode)));
        databaseAddress = DatabaseOutage.address(text(source, DB_URL, "the database"));
        onCall = OnCallSettings.read(
                source, (name, fallback) -> number(source, name, fallback, Long::decode), allowedOrigins);
        retention = RetentionSettings.read(source);
        dataKey = DataKeySettings.read(environment, development);
        secretProblems = Stream.concat(
                        development
                                ? Stream.<Optional<String>>empty()
                                : Stream.of(
                                        SecretsCheck.problem(
                                                environment,
                                                OIDC_CLIENT_SECRET,
                                                DEVELOPMENT_CLIENT_SECRET,
                                                "the secret of Attune's client in Keycloak (Clients > "
                                                        + oidcClientId
                                                        + " > Credentials)"),
                                        SecretsCheck.problem(
                                                environment,
                                                DB_PASSWORD,
                                                DEVELOPMENT_DB_PASSWORD,
                                                "the password of Attune's database user")),
                        Stream.of(dataKey.problem(), SmtpLogin.problem(environment), OnCallSettings.problem(source)))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Settings from the given values (system properties, and secrets, by name) instead of the server's; for tests. */
    public static Settings from(Map<String, String> values) {
        return new Settings(values::get, values::get);
    }

    /**
     * {@code attune.live.allowed-origins}: the web origins of Attune's own
     * pages, comma-separated in the property: only a page from one of them may
     * act with a person's browser session (open a live socket, or change
     * anything through the API). Client programs with a bearer token need none.
     * Default {@code http://localhost:8080}.
     */
    public List<String> allowedOrigins() {
        return allowedOrigins;
    }

    /** {@code attune.live.max-frame-bytes}: the largest live frame a client may send (1009 beyond); default 64 KiB. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /**
     * {@code attune.live.commands-per-minute}: how many frames a member may
     * send to one room in a minute (in bursts up to this many): commands,
     * unreadable frames and pongs all count; more are refused with
     * {@code rate_limited}. Default 100.
     */
    public int commandsPerMinute() {
        return commandsPerMinute;
    }

    /**
     * {@code attune.rest.coach-per-minute}: how many drafts a person may have
     * coached through {@code POST /api/coach} in a minute (in bursts up to this
     * many); more get HTTP 429 with {@code Retry-After}. At least 1. Default 30.
     */
    public int coachPerMinute() {
        return coachPerMinute;
    }

    /**
     * {@code attune.rest.invitations-per-minute}: how many invitations a person
     * may create in a minute (in bursts up to this many); more get HTTP 429
     * with {@code Retry-After}. At least 1. Default 30.
     */
    public int invitationsPerMinute() {
        return invitationsPerMinute;
    }

    /**
     * {@code attune.rest.accepts-per-minute}: how many times a person may
     * accept an invitation in a minute (in bursts up to this many); more get
     * HTTP 429 with {@code Retry-After}. At least 1. Default 10.
     */
    public int acceptsPerMinute() {
        return acceptsPerMinute;
    }

    /**
     * {@code attune.live.heartbeat-seconds}: every live socket is pinged once
     * in this period; at least one second. Default 30 s.
     */
    public Duration heartbeatPeriod() {
        return heartbeatPeriod;
    }

    /**
     * {@code attune.live.idle-timeout-seconds}: how long a live socket may stay
     * silent (not even answering heartbeats) before it is taken for dead and
     * closed. Default 75 s.
     */
    public Duration silenceLimit() {
        return silenceLimit;
    }

    /** {@code jboss.node.name}: this server's name, which each server of a cluster has of its own. */
    public String serverName() {
        return serverName;
    }

    /**
     * {@code attune.live.shards}: how many threads run the live rooms, each
     * deciding and committing the rooms spread onto it. Default: the number of
     * cores, at least 2.
     */
    public int shards() {
        return shards;
    }

    /**
     * {@code attune.live.max-queued-bytes}: how much may wait to be sent on one
     * live socket, in characters of its frames (bytes, for plain text), for a
     * client that reads slowly; a socket over it, or whose waiting frames have
     * not moved for the idle timeout, is closed with 4000 and its client
     * resumes on a new one. At least 65536. Default 1048576 (1 MiB).
     */
    public long maxQueuedBytes() {
        return maxQueuedBytes;
    }

    /**
     * {@code attune.live.max-queued-commands}: how many commands, resumes and
     * sockets opening may wait for one shard; more are refused with
     * {@code overloaded} (a socket opening: closed with 1001, and its client
     * comes back). Default 10000.
     */
    public int maxQueuedCommands() {
        return maxQueuedCommands;
    }

    /**
     * {@code attune.live.batch-wait-micros}: how long a room shard, having
     * found work, waits for more before it decides and commits the batch. Each
     * commit costs the database about as much again as the messages in it, so
     * fewer, larger commits cost less CPU per message; each message waits up to
     * this much longer for its ack and delivery. Default 0: what is there is
     * committed at once (docs/benchmarks.md, scenario (d), has what 2 ms bought).
     */
    public Duration batchWait() {
        return batchWait;
    }

    /**
     * {@code attune.crisis.region}: the practice's region, whose crisis
     * resources a new room shows, and a room without a region of its own (a
     * code of {@code CrisisResources}, e.g. {@code GB}). Not set by default;
     * {@code practice.cli} sets {@code INTL} unless told otherwise.
     */
    public Optional<String> crisisRegion() {
        return crisisRegion;
    }

    /**
     * {@code attune.safety.contact}: who at the practice follows up safety
     * alerts of guided rooms, where no therapist watches live. Not set by
     * default; {@code practice.cli} sets "the practice administrator" unless
     * told otherwise.
     */
    public Optional<String> safetyContact() {
        return safetyContact;
    }

    /**
     * {@code attune.quick-exit.address}: the neutral site "Leave quickly"
     * takes a person to, such as a weather or news page. An absolute
     * {@code http} or {@code https} address; anything else counts as not set.
     * Default {@value #DEFAULT_QUICK_EXIT_ADDRESS}.
     */
    public String quickExitAddress() {
        return quickExitAddress;
    }

    /**
     * {@code attune.oidc.provider-url}: the Keycloak realm people sign in and
     * out at. Default {@code http://localhost:8180/realms/attune}.
     */
    public String oidcProviderUrl() {
        return oidcProviderUrl;
    }

    /** {@code attune.oidc.client-id}: Attune's client in that realm. Default {@code attune-web}. */
    public String oidcClientId() {
        return oidcClientId;
    }

    /**
     * {@code attune.profile}: {@code development} for the development and test
     * commands only; anything else (by default {@code production}) requires
     * the secrets of one's own.
     */
    public boolean development() {
        return development;
    }

    /**
     * {@code attune.demo-data}: {@code true} seeds an empty database with the
     * demo therapist's rooms (the development command sets it); only ever in
     * development, whatever it says otherwise. Default {@code false}.
     */
    public boolean demoData() {
        return demoData;
    }

    /**
     * {@code attune.db.wait-seconds}: how long Attune waits at startup for a
     * database that cannot be reached yet before it gives up. Default 60 s.
     */
    public Duration databaseWait() {
        return databaseWait;
    }

    /**
     * Where the database is, for the log: {@code attune.db.url} without its
     * scheme, parameters or a login, e.g. {@code db:5432/attune}.
     */
    public String databaseAddress() {
        return databaseAddress;
    }

    /** The practice's on-call contacts for safety alerts nobody in the room answers, and how they are told. */
    public OnCallSettings onCall() {
        return onCall;
    }

    /** How long clinical records are kept, and how often the retention job runs. */
    public RetentionSettings retention() {
        return retention;
    }

    /** The operator's key for what is said, at rest, and its id. */
    public DataKeySettings dataKey() {
        return dataKey;
    }

    /**
     * What is wrong with the secrets, each as a sentence that names the
     * variable to set (never its value); none for the practice's own, nor in
     * development. What refuses to start Attune in any profile is said here
     * too: an SMTP login given by half, a practice language Attune does not
     * speak ({@link OnCallSettings#problem}).
     */
    public List<String> secretProblems() {
        return secretProblems;
    }

    private static String text(Function<String, String> source, String name, String fallback) {
        String value = source.apply(name);
        return value == null ? fallback : value;
    }

    private static long number(
            Function<String, String> source, String name, long fallback, Function<String, Number> decode) {
        String value = source.apply(name);
        if (value == null) {
            return fallback;
        }
        try {
            return decode.apply(value).longValue();
        } catch (NumberFormatException e) {
            LOG.warnf("The setting %s is not a number (\"%s\"); it stays at %d", name, value, fallback);
            return fallback;
        }
    }
}
