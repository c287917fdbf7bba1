package org.attune.support;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.application.Settings;

/** The realm files Keycloak loads in development and tests. */
public final class RealmFiles {

    /** Where the tests' load balancer in front of several servers listens (LoadBalancer). */
    public static final String TEST_BALANCER = "http://localhost:18090";

    private RealmFiles() {}

    public static Path projectDir() {
        return Path.of(System.getProperty("attune.project.dir", System.getProperty("user.dir")));
    }

    /** The production realm, which carries no client secret. */
    public static Path realm() {
        return existing(projectDir().resolve("keycloak-realm.json"));
    }

    /**
     * The production realm as the development and test commands import it:
     * Attune's client gets the development secret, which they also give the
     * server ({@code ATTUNE_OIDC_CLIENT_SECRET}), so that they work with nothing set,
     * and may send people back to the tests' load balancer after they sign in
     * and after they sign out.
     */
    public static String developmentRealm() {
        try {
            JsonObject realm = Json.parse(Files.readString(realm()));
            JsonArrayBuilder clients = jakarta.json.Json.createArrayBuilder();
            for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
                clients.add(
                        "attune-web".equals(client.getString("clientId"))
                                ? jakarta.json.Json.createObjectBuilder(client)
                                        .add("secret", Settings.DEVELOPMENT_CLIENT_SECRET)
                                        .add("redirectUris", with(client, "redirectUris", TEST_BALANCER + "/login"))
                                        .add("webOrigins", with(client, "webOrigins", TEST_BALANCER))
                                        .add("attributes", signOutBackTo(client, TEST_BALANCER + "/"))
                                        .build()
                                : client);
            }
            return jakarta.json.Json.createObjectBuilder(realm)
                    .add("clients", clients)
                    .build()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Demo users and the {@code attune-tests} client: a partial import posted to
     * the admin API once Keycloak is up. Never loaded in production.
     */
    public static Path devAdditions() {
        return existing(projectDir().resolve("src/test/resources/keycloak/attune-dev-users.json"));
    }

    /** The client's attributes, with one more address Keycloak may send people back to after they sign out. */
    private static JsonObject signOutBackTo(JsonObject client, String address) {
        JsonObject attributes = client.getJsonObject("attributes");
        String allowed = attributes.getString("post.logout.redirect.uris", "");
        return jakarta.json.Json.createObjectBuilder(attributes)
                .add("post.logout.redirect.uris", allowed.isEmpty() ? address : allowed + "##" + address)
                .build();
    }

    private static jakarta.json.JsonArray with(JsonObject client, String list, String more) {
        return jakarta.json.Json.createArrayBuilder(client.getJsonArray(list))
                .add(more)
                .build();
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Missing realm file " + p);
        }
        return p;
    }
}
