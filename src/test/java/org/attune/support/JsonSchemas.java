package org.attune.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks documents against the JSON Schemas that their specifications publish, kept under
 * {@code src/test/resources/schemas} (see the README there). Each schema names its own dialect
 * ({@code $schema}); nothing is fetched from the network.
 */
public final class JsonSchemas {

    public static final String ASYNCAPI_3_0_0 = "schemas/asyncapi/asyncapi-3.0.0.json";
    public static final String OPENAPI_3_1 = "schemas/openapi/openapi-3.1.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {}

    /** What the schema finds wrong with the document, one line each; empty when it is valid. */
    public static List<String> violations(String schemaResource, JsonNode document) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + schemaResource));
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    /**
     * The JSON form of a parsed YAML document. A mapping key that is not a string (YAML reads
     * {@code 1000:} as a number) is refused, as AsyncAPI's own parser refuses it, instead of
     * being quietly turned into text.
     */
    public static JsonNode fromYaml(Object yaml) {
        requireJsonShape(yaml, "");
        return MAPPER.valueToTree(yaml);
    }

    private static void requireJsonShape(Object node, String path) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("Mapping key must be a string at " + path + "/" + entry.getKey()
                            + " (" + entry.getKey().getClass().getSimpleName() + ")");
                }
                requireJsonShape(entry.getValue(), path + "/" + key);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                requireJsonShape(list.get(i), path + "/" + i);
            }
        } else if (node != null
                && !(node instanceof String)
                && !(node instanceof Number)
                && !(node instanceof Boolean)) {
            throw new IllegalArgumentException(
                    "Not a JSON value at " + path + ": " + node.getClass().getSimpleName());
        }
    }
}
