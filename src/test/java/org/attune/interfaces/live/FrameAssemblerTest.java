package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameAssemblerTest {

    @Test
    void joinsPiecesIntoOneFrame() throws Exception {
        FrameAssembler assembler = new FrameAssembler(100);

        assertThat(assembler.append("{\"type\":", false)).isEmpty();
        assertThat(assembler.append("\"ping\"}", true)).contains("{\"type\":\"ping\"}");
        assertThat(assembler.append("next", true)).contains("next");
    }

    @Test
    void refusesAFrameAsSoonAsItPassesTheLimitInBytes() throws Exception {
        FrameAssembler assembler = new FrameAssembler(10);
        assembler.append("12345", false);

        assertThatThrownBy(() -> assembler.append("€€", false))
                .isInstanceOf(FrameAssembler.TooLarge.class)
                .hasMessageContaining("10 bytes");
        assertThat(assembler.append("fresh", true)).contains("fresh");
    }

    @Test
    void aFrameOfExactlyTheLimitIsAccepted() throws Exception {
        assertThat(new FrameAssembler(5).append("ab€", true).map(String::length))
                .contains(3);
        assertThat(FrameAssembler.utf8Length("ab€")).isEqualTo(5);
        assertThat(FrameAssembler.utf8Length("💬")).isEqualTo(4);
    }
}
