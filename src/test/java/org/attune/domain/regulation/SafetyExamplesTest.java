package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The examples that ship with Attune are exactly the labelled sets: a changed
 * set without a changed examples file fails here. To bring the file up to
 * date, run this test with {@code -Dsafety.examples.write=true}.
 */
class SafetyExamplesTest {

    @Test
    void shippedExamplesAreTheLabelledSets() throws IOException {
        String expected = SafetySets.examplesFile();
        if (Boolean.getBoolean("safety.examples.write")) {
            Files.createDirectories(SafetySets.SHIPPED.getParent());
            Files.writeString(SafetySets.SHIPPED, expected);
        }
        assertThat(Files.readString(SafetySets.SHIPPED))
                .as("src/main/resources/safety/examples.tsv is stale; rewrite it with -Dsafety.examples.write=true")
                .isEqualTo(expected);
    }

    @Test
    void everyShippedKindIsKnownOrACrisisWithoutKind() {
        for (SafetyModel.Example e : SafetyModel.shipped()) {
            if (e.safety()) {
                assertThat(SafetyModel.KINDS.containsKey(e.category())
                                || e.category().equals("crisis"))
                        .as(e.category())
                        .isTrue();
            }
        }
    }
}
