package org.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    private final OriginPolicy policy =
            new OriginPolicy(List.of("http://localhost:8080", "https://attune.example.org/"));

    @Test
    void allowsListedOrigins() {
        assertThat(policy.allows("http://localhost:8080")).isTrue();
        assertThat(policy.allows("https://attune.example.org")).isTrue();
        assertThat(policy.allows("HTTPS://Attune.Example.org")).isTrue();
    }

    @Test
    void refusesOtherOrigins() {
        assertThat(policy.allows("http://localhost:8081")).isFalse();
        assertThat(policy.allows("https://attune.example.org.evil.example")).isFalse();
        assertThat(policy.allows("null")).isFalse();
    }

    @Test
    void clientsThatAreNotBrowsersSendNoOrigin() {
        assertThat(policy.allows(null)).isTrue();
    }
}
