package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.JsonSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The server's /openapi is a valid OpenAPI 3.1 document by the specification's published JSON Schema. */
class OpenApiDocumentIT extends AttuneIT {

    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void theServedDocumentIsValidOpenApi31() {
        HttpResponse<String> response = api.get("/openapi?format=JSON", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JsonSchemas.parse(response.body());

        assertThat(JsonSchemas.violations(JsonSchemas.OPENAPI_3_1, document)).isEmpty();
        assertThat(document.get("openapi").asString()).startsWith("3.1.");
    }

    @Test
    void theDocumentNamesTheApiAndNothingLeftEmpty() {
        JsonNode document =
                JsonSchemas.parse(api.get("/openapi?format=JSON", null).body());
        JsonNode info = document.get("info");

        assertThat(info.get("title").asString()).isEqualTo("Attune");
        assertThat(info.get("version").asString()).isNotBlank().isNotEqualTo("${project.version}");
        assertThat(info.get("description").asString()).contains("problem+json");
        assertThat(info.has("license")).as("the project declares no licence").isFalse();
        assertThat(document.has("externalDocs")).isFalse();
    }

    @Test
    void theTranscriptAndTheExportAreDescribedWithTheirStructuredEvents() {
        JsonNode document =
                JsonSchemas.parse(api.get("/openapi?format=JSON", null).body());
        JsonNode transcript = resolve(
                document,
                document.get("paths")
                        .get("/api/rooms/{roomId}/transcript")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .get("application/json")
                        .get("schema"));
        JsonNode event =
                resolve(document, transcript.get("properties").get("events").get("items"));
        JsonNode payload =
                resolve(document, event.get("properties").get("payload")).get("properties");
        assertThat(payload.has("text")).isTrue();
        assertThat(payload.has("signals")).isTrue();
        assertThat(payload.has("concerns")).isTrue();
        assertThat(payload.has("step")).isTrue();
        assertThat(payload.has("exercise")).isTrue();
        JsonNode export = resolve(
                document,
                document.get("paths")
                        .get("/api/me/export")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .get("application/json")
                        .get("schema"));
        assertThat(resolve(document, export.get("properties").get("authored").get("items")))
                .isEqualTo(event);
    }

    @Test
    void theDocumentsTheServerWritesTakeTheLanguageToWriteThemIn() {
        JsonNode paths =
                JsonSchemas.parse(api.get("/openapi?format=JSON", null).body()).get("paths");
        for (String path : new String[] {
            "/api/rooms/{roomId}/transcript",
            "/api/me/export",
            "/api/rooms/{roomId}/sessions",
            "/api/rooms/{roomId}/sessions/{number}/chart"
        }) {
            JsonNode lang = null;
            for (JsonNode parameter : paths.get(path).get("get").get("parameters")) {
                if (parameter.get("name").asString().equals("lang")) {
                    lang = parameter;
                }
            }
            assertThat(lang).as("%s takes lang", path).isNotNull();
            assertThat(lang.get("in").asString()).isEqualTo("query");
            assertThat(lang.get("description").asString()).contains("en or fr", "Accept-Language");
        }
    }

    /** The schema itself, following a {@code $ref} into the document's components. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        assertThat(schema).as("a schema is described").isNotNull();
        if (!schema.has("$ref")) {
            return schema;
        }
        JsonNode node = document;
        for (String part : schema.get("$ref").asString().substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }
}
