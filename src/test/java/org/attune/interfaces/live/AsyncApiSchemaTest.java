package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.support.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml is a valid AsyncAPI 3.0.0 document by the specification's published JSON Schema. */
class AsyncApiSchemaTest {

    @Test
    void theDocumentIsValidByTheAsyncApi300Schema() throws IOException {
        assertThat(JsonSchemas.violations(JsonSchemas.ASYNCAPI_3_0_0, JsonSchemas.fromYaml(read())))
                .isEmpty();
    }

    private static Object read() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docs/asyncapi.yaml"))) {
            LoaderOptions strict = new LoaderOptions();
            strict.setAllowDuplicateKeys(false);
            return new Yaml(strict).load(reader);
        }
    }
}
