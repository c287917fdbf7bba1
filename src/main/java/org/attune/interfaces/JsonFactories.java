package org.attune.interfaces;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;

/**
 * The JSON builders and readers of the whole application, from one provider
 * looked up once. {@code Json.createObjectBuilder()} and its siblings look the
 * provider up through the class loader on every call and give each builder a
 * buffer pool of its own: on the live path, with several JSON values per
 * message, that was most of what the server allocated.
 */
public final class JsonFactories {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

    private JsonFactories() {}

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonArrayBuilder array(java.util.Collection<?> values) {
        return BUILDERS.createArrayBuilder(values);
    }

    public static JsonReader reader(String text) {
        return READERS.createReader(new StringReader(text));
    }
}
