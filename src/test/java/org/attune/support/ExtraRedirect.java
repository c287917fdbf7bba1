package org.attune.support;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Lets a server a test starts for itself, on a port of its own, sign people in
 * through the test Keycloak: for as long as it is open, Attune's client in the
 * realm also accepts that server's sign-in address and origin. Closing it puts
 * the client back as it was.
 */
public final class ExtraRedirect implements AutoCloseable {

    private final KeycloakServer keycloak = TestStack.keycloak();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonObject before;
    private final String clientUrl;

    /** @param appUrl the server's base address, e.g. {@code http://localhost:8340} */
    public ExtraRedirect(String appUrl) throws IOException, InterruptedException {
        String clients = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients";
        JsonObject found = jakarta.json.Json.createReader(new java.io.StringReader(send(HttpRequest.newBuilder(
                        URI.create(clients + "?clientId=" + URLEncoder.encode("attune-web", StandardCharsets.UTF_8))))))
                .readArray()
                .getJsonObject(0);
        clientUrl = clients + "/" + found.getString("id");
        before = found;
        JsonArrayBuilder redirects = jakarta.json.Json.createArrayBuilder(found.getJsonArray("redirectUris"))
                .add(appUrl + "/login");
        JsonArrayBuilder origins = jakarta.json.Json.createArrayBuilder(found.getJsonArray("webOrigins"))
                .add(appUrl);
        JsonObject attributes = found.getJsonObject("attributes");
        String logout = attributes.containsKey("post.logout.redirect.uris")
                ? ((JsonString) attributes.get("post.logout.redirect.uris")).getString() + "##" + appUrl + "/"
                : appUrl + "/";
        put(jakarta.json.Json.createObjectBuilder(found)
                .add("redirectUris", redirects)
                .add("webOrigins", origins)
                .add(
                        "attributes",
                        jakarta.json.Json.createObjectBuilder(attributes).add("post.logout.redirect.uris", logout))
                .build());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        put(before);
    }

    private void put(JsonObject client) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(clientUrl))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request.header("Authorization", "Bearer " + keycloak.adminToken())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "Keycloak's admin API answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
