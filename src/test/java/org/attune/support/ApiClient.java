package org.attune.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls Attune's REST API as a client program would: JSON over HTTP with a bearer token. */
public final class ApiClient {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static ApiClient forTestStack() {
        return new ApiClient(TestStack.appUrl());
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET that asks for another kind of answer than JSON, e.g. {@code image/svg+xml}. */
    public HttpResponse<String> get(String path, String token, String accept) {
        return send(request(path, token).setHeader("Accept", accept).GET());
    }

    /** A GET for another kind of answer, from someone who reads {@code acceptLanguage}, e.g. {@code fr-CA,fr;q=0.9}. */
    public HttpResponse<String> get(String path, String token, String accept, String acceptLanguage) {
        return send(request(path, token)
                .setHeader("Accept", accept)
                .header("Accept-Language", acceptLanguage)
                .GET());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST from someone who reads {@code acceptLanguage}, e.g. {@code fr-CA,fr;q=0.9,en;q=0.8}. */
    public HttpResponse<String> post(String path, String token, String json, String acceptLanguage) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patch(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Opens a room as the therapist and returns its id. */
    public String openRoom(String therapistToken, String name, String kind) {
        return openRoom(therapistToken, name, kind, "moderated");
    }

    public String openRoom(String therapistToken, String name, String kind, String mode) {
        HttpResponse<String> response = post(
                "/api/rooms",
                therapistToken,
                Json.object()
                        .add("name", name)
                        .add("kind", kind)
                        .add("mode", mode)
                        .build()
                        .toString());
        expect(response, 201);
        return Json.parse(response.body()).getString("id");
    }

    /** Invites with the given room role and returns the invitation code. */
    public String invite(String therapistToken, String roomId, String role) {
        HttpResponse<String> response = post(
                "/api/rooms/" + roomId + "/invitations",
                therapistToken,
                Json.object().add("role", role).build().toString());
        expect(response, 201);
        return Json.parse(response.body()).getString("code");
    }

    public JsonObject accept(String token, String code) {
        HttpResponse<String> response = post("/api/invitations/" + code + "/accept", token, null);
        expect(response, 200);
        return Json.parse(response.body());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected HTTP " + status + " from "
                    + response.request().uri() + " but got " + response.statusCode() + ": " + response.body());
        }
    }
}
