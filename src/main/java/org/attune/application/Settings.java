package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Every setting of Attune, read once, when the application starts, from the
 * server's system properties. {@code wildfly-config/*.cli} sets most of them
 * from the environment ({@code ATTUNE_…} variables); the tuning settings are
 * plain system properties. Nothing else reads a setting: the rest of the
 * application is handed this, and the domain is handed values.
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
    static final String CRISIS_REGION = "attune.crisis.region";
    static final String SAFETY_CONTACT = "attune.safety.contact";
    static final String OIDC_PROVIDER_URL = "attune.oidc.provider-url";
    static final String OIDC_CLIENT_ID = "attune.oidc.client-id";

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
    private final Optional<String> crisisRegion;
    private final Optional<String> safetyContact;
    private final String oidcProviderUrl;
    private final String oidcClientId;

    /** The server's settings, from its system properties. */
    public Settings() {
        this(System::getProperty);
    }

    private Settings(Function<String, String> source) {
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
        shards = (int) number(source, SHARDS, Math.max(2, Runtime.getRuntime().availableProcessors()), Integer::decode);
        crisisRegion = Optional.ofNullable(source.apply(CRISIS_REGION));
        safetyContact = Optional.ofNullable(source.apply(SAFETY_CONTACT));
        oidcProviderUrl = text(source, OIDC_PROVIDER_URL, "http://localhost:8180/realms/attune");
        oidcClientId = text(source, OIDC_CLIENT_ID, "attune-web");
    }

    /** Settings from the given values, by property name, instead of the system properties; for tests. */
    public static Settings from(Map<String, String> values) {
        return new Settings(values::get);
    }

    /**
     * {@code attune.live.allowed-origins}: the web origins whose pages may open
     * a live socket, comma-separated in the property. Default
     * {@code http://localhost:8080}.
     */
    public List<String> allowedOrigins() {
        return allowedOrigins;
    }

    /**
     * {@code attune.live.max-frame-bytes}: the largest live frame a client may
     * send; a larger one closes its socket with 1009. Default 65536 (64 KiB).
     */
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

    /**
     * {@code attune.live.shards}: how many threads run the live rooms, each
     * deciding and committing the rooms spread onto it. Default: the number of
     * cores, at least 2.
     */
    public int shards() {
        return shards;
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
