package org.attune.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.attune.support.KeycloakServer;
import org.attune.support.TokenClient;

/**
 * Generated users for the benchmarks, created in the dev/test realm through
 * Keycloak's admin API, with real access tokens from the realm's long-lived
 * benchmark client. Never part of the production realm.
 */
final class BenchUsers {

    static final String CLIENT_ID = "attune-bench";
    private static final String PASSWORD = "attune-bench-2026";

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newHttpClient();

    BenchUsers(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** Creates {@code count} users (or finds them from an earlier run) and returns an access token for each. */
    List<String> create(int count) throws IOException, InterruptedException {
        String admin = null;
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (i % 100 == 1) {
                // An admin token lives a minute: a fresh one for each hundred users.
                admin = keycloak.adminToken();
                System.out.printf("Generated users: %d of %d%n", i - 1, count);
            }
            String username = String.format("bench-%04d", i);
            String user = Json.createObjectBuilder()
                    .add("username", username)
                    .add("enabled", true)
                    .add("emailVerified", true)
                    .add("firstName", "Bench")
                    .add("lastName", "Member " + i)
                    .add("email", username + "@bench.invalid")
                    .add(
                            "credentials",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("type", "password")
                                            .add("value", PASSWORD)
                                            .add("temporary", false)))
                    .build()
                    .toString();
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/users"))
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(user))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("Could not create " + username + ": " + created.statusCode());
            }
            tokens.add(TokenClient.passwordToken(keycloak.realmUrl(), CLIENT_ID, username, PASSWORD));
        }
        return tokens;
    }
}
