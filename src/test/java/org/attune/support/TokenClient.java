package org.attune.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from Keycloak for the demo users, through the dev/test-only
 * {@code attune-tests} client (password grant). Tokens are reused and refreshed,
 * so a therapist's or the administrator's one-time code is asked for once per
 * run (Keycloak accepts each code once: {@link Totp#fresh} never repeats one).
 * The realm rotates refresh tokens: each refresh keeps the new one.
 */
public final class TokenClient {

    public static final String CLIENT_ID = "attune-tests";

    /** The realm's tokens live five minutes; tests get ones that have four left. */
    static final java.time.Duration LEFT_AT_LEAST = java.time.Duration.ofMinutes(4);

    private record Held(String access, String refresh, Instant expires) {}

    private final String tokenEndpoint;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    public TokenClient(String realmUrl) {
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
    }

    /**
     * A fresh token from the {@code attune-tests-short-lived} client, valid for
     * 15 seconds, for tests of what happens when a sign-in expires. Not for
     * the therapist or the administrator, whose one-time codes are kept for
     * {@link #accessToken}.
     */
    public String shortLivedToken(String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", CLIENT_ID + "-short-lived");
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", DemoUsers.PASSWORD);
        return post(form).getString("access_token");
    }

    /**
     * A token of the user with at least {@link #LEFT_AT_LEAST} of its life
     * left: a socket closes when its token expires, and a test may wait
     * minutes on one (the end of a pause, a check-in that waits).
     */
    public synchronized String accessToken(String username) {
        Held current = held.get(username);
        Instant soon = Instant.now().plus(LEFT_AT_LEAST);
        if (current != null && current.expires().isAfter(soon)) {
            return current.access();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", CLIENT_ID);
        if (current != null) {
            form.put("grant_type", "refresh_token");
            form.put("refresh_token", current.refresh());
        } else {
            form.put("grant_type", "password");
            form.put("username", username);
            form.put("password", DemoUsers.PASSWORD);
            form.put("scope", "openid");
            DemoUsers.otpSecretOf(username).ifPresent(secret -> form.put("totp", Totp.fresh(secret)));
        }
        JsonObject response = post(form);
        Held fresh = new Held(
                response.getString("access_token"),
                response.getString("refresh_token"),
                Instant.now().plusSeconds(response.getJsonNumber("expires_in").longValue()));
        held.put(username, fresh);
        return fresh.access();
    }

    /**
     * An access token by the password grant, from the token endpoint of any
     * realm: e.g. the master realm's {@code admin-cli}, or a generated user's.
     */
    public static String passwordToken(String realmUrl, String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return post(HttpClient.newHttpClient(), realmUrl + "/protocol/openid-connect/token", form)
                .getString("access_token");
    }

    private JsonObject post(Map<String, String> form) {
        return post(http, tokenEndpoint, form);
    }

    private static JsonObject post(HttpClient http, String tokenEndpoint, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(tokenEndpoint))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Token request failed: " + response.statusCode() + " " + response.body());
            }
            return Json.parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
