package org.attune.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.attune.interfaces.JsonFactories;

/** RFC 9457 problem documents. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    static Response of(int status, String code, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(document(status, code, title, detail))
                .build();
    }

    /** The problem document as JSON text, for the edges that answer before JAX-RS does. */
    public static String document(int status, String code, String title, String detail) {
        JsonObject body = JsonFactories.object()
                .add("type", "https://attune.example/problems/" + code)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("code", code)
                .build();
        return body.toString();
    }
}
