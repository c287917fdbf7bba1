package org.attune.support;

import jakarta.json.JsonObject;
import java.io.StringReader;

/** Small JSON helpers for tests. */
public final class Json {

    private Json() {}

    public static JsonObject parse(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static jakarta.json.JsonObjectBuilder object() {
        return jakarta.json.Json.createObjectBuilder();
    }
}
