package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.application.live.CloseCodes;
import org.attune.domain.Refusal;
import org.attune.domain.transcript.EventKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml says exactly what the code does: no command, event, error or close code missing or extra. */
class AsyncApiDocumentTest {

    private static Map<String, Object> doc;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docs/asyncapi.yaml"))) {
            LoaderOptions strict = new LoaderOptions();
            strict.setAllowDuplicateKeys(false);
            doc = new Yaml(strict).load(reader);
        }
    }

    @Test
    void isAsyncApi3() {
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(map(doc, "channels", "room").get("address")).isEqualTo("/live/rooms/{roomId}");
    }

    @Test
    void everyCommandTheServerReadsIsDocumentedAndNoOther() {
        assertThat(operationMessages("sendCommand")).isEqualTo(CommandDecoder.COMMANDS.keySet());
    }

    @Test
    void everyFrameTheServerSendsIsDocumentedAndNoOther() {
        assertThat(operationMessages("receiveFrame"))
                .isEqualTo(Arrays.stream(ServerFrames.class.getMethods())
                        .filter(m -> m.getDeclaringClass() == ServerFrames.class && m.getReturnType() == String.class)
                        .map(m -> m.getName())
                        .collect(Collectors.toSet()));
    }

    @Test
    void everyEventKindIsDocumented() {
        assertThat(schemaEnum("EventKind"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventKind.values())
                        .map(EventKind::wireName)
                        .toList());
    }

    @Test
    void everyErrorCodeIsDocumented() {
        assertThat(schemaEnum("ErrorCode"))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Refusal.values()).map(Refusal::code).toList());
    }

    @Test
    void everyCloseCodeIsDocumented() throws IllegalAccessException {
        Set<String> inCode = new java.util.HashSet<>();
        for (Field f : CloseCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                inCode.add(String.valueOf(f.getInt(null)));
            }
        }
        assertThat(map(doc, "info", "x-close-codes").keySet()).isEqualTo(inCode);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operationMessages(String operation) {
        List<Map<String, Object>> refs =
                (List<Map<String, Object>>) map(doc, "operations", operation).get("messages");
        return refs.stream()
                .map(r -> r.get("$ref").toString())
                .map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static List<String> schemaEnum(String schema) {
        return (List<String>) map(doc, "components", "schemas", schema).get("enum");
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Map<?, ?> root, String... path) {
        Object node = root;
        for (String key : path) {
            node = ((Map<?, ?>) node).get(key);
        }
        return (Map<Object, Object>) node;
    }
}
