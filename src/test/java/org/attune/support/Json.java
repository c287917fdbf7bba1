package org.attune.support;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /**
     * The events of a person's export ({@code /api/me/export}) of one of the
     * given kinds that are someone else's: among what they wrote, one by or
     * about someone else; among what was recorded about them, one about someone
     * else. A person's export holds only their own events, and never what
     * others told the therapist about themselves. The demo users write in many
     * rooms across the integration tests, so a test checks for the other
     * person, not for words.
     */
    public static List<JsonObject> othersEventsInExport(String export, String ownerId, Set<String> kinds) {
        List<JsonObject> found = new ArrayList<>();
        JsonObject parsed = parse(export);
        for (var entry : parsed.getJsonArray("authored")) {
            JsonObject e = entry.asJsonObject();
            boolean theirs =
                    !ownerId.equals(e.getString("actor", ownerId)) || !ownerId.equals(e.getString("target", ownerId));
            if (kinds.contains(e.getString("kind", "")) && theirs) {
                found.add(e);
            }
        }
        for (var entry : parsed.getJsonArray("aboutYou")) {
            JsonObject e = entry.asJsonObject().getJsonObject("event");
            if (kinds.contains(e.getString("kind", "")) && !ownerId.equals(e.getString("target", null))) {
                found.add(e);
            }
        }
        return found;
    }
}
