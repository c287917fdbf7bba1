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
}
