package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.RoomEvent;
import org.attune.interfaces.live.EventFramesUnchangedTest;
import org.junit.jupiter.api.Test;

/** Each kind reads in the text and HTML transcripts as it did before events carried typed payloads. */
class TranscriptRendererTest {

    @Test
    void everyKindReadsAsRecorded() throws IOException {
        List<String> recorded = Files.readAllLines(Path.of("src/test/resources/golden/transcript-lines.tsv"));
        List<RoomEvent> samples = EventFramesUnchangedTest.samples().stream()
                .filter(e -> e.kind() != EventKind.ORDER_SET)
                .toList();
        assertThat(recorded).hasSameSizeAs(samples);
        for (int i = 0; i < samples.size(); i++) {
            RoomEvent e = samples.get(i);
            assertThat(e.kind().wireName() + "\t" + TranscriptRenderer.line(e, null))
                    .isEqualTo(recorded.get(i));
        }
    }
}
