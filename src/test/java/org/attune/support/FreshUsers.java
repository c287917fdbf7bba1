package org.attune.support;

import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * People made for one test in the dev/test realm, through Keycloak's admin
 * API: what one of them does (spends a rate limit, carries an odd name) never
 * touches the demo users the other tests share. Each signs in with a real
 * password grant.
 */
public final class FreshUsers {

    /** The password of every fresh person, to sign in as a person would. */
    public static final String PASSWORD = "attune-fresh-2026";

    private FreshUsers() {}

    /** A new person with the realm role ({@code client} or {@code therapist}); returns their access token. */
    public static String signedIn(String realmRole) {
        return signedIn(realmRole, "Fresh", "Person");
    }

    /** A new person with the realm role and this name in their account; returns their access token. */
    public static String signedIn(String realmRole, String firstName, String lastName) {
        return made(realmRole, firstName, lastName).token();
    }

    /** A fresh person: their username (to sign in with {@link #PASSWORD}) and an access token. */
    public record Person(String username, String token) {}

    /** A new person with the realm role and this name in their account. */
    public static Person made(String realmRole, String firstName, String lastName) {
        KeycloakServer keycloak = TestStack.keycloak();
        String username = "fresh-" + UUID.randomUUID();
        JsonArrayBuilder roles = jakarta.json.Json.createArrayBuilder().add(realmRole);
        String users = Json.object()
                .add("ifResourceExists", "FAIL")
                .add(
                        "users",
                        jakarta.json.Json.createArrayBuilder()
                                .add(Json.object()
                                        .add("username", username)
                                        .add("enabled", true)
                                        .add("emailVerified", true)
                                        .add("firstName", firstName)
                                        .add("lastName", lastName)
                                        .add("email", username + "@fresh.invalid")
                                        .add("realmRoles", roles)
                                        .add(
                                                "credentials",
                                                jakarta.json.Json.createArrayBuilder()
                                                        .add(Json.object()
                                                                .add("type", "password")
                                                                .add("value", PASSWORD)
                                                                .add("temporary", false)))))
                .build()
                .toString();
        try {
            HttpResponse<String> imported = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/"
                                            + KeycloakServer.REALM + "/partialImport"))
                                    .header("Authorization", "Bearer " + keycloak.adminToken())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(users))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (imported.statusCode() != 200) {
                throw new IllegalStateException(
                        "Creating " + username + " failed: " + imported.statusCode() + " " + imported.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Creating " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Person(
                username, TokenClient.passwordToken(keycloak.realmUrl(), TokenClient.CLIENT_ID, username, PASSWORD));
    }
}
