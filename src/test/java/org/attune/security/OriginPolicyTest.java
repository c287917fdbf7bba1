package org.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    private static final String EVIL = "https://evil.example";

    private final OriginPolicy policy =
            new OriginPolicy(List.of("http://localhost:8080", "https://attune.example.org/"));

    @Test
    void allowsListedOrigins() {
        assertThat(policy.isAllowed("http://localhost:8080")).isTrue();
        assertThat(policy.isAllowed("https://attune.example.org")).isTrue();
        assertThat(policy.isAllowed("HTTPS://Attune.Example.org")).isTrue();
    }

    @Test
    void refusesOtherOrigins() {
        assertThat(policy.isAllowed("http://localhost:8081")).isFalse();
        assertThat(policy.isAllowed("https://attune.example.org.evil.example")).isFalse();
        assertThat(policy.isAllowed("null")).isFalse();
        assertThat(policy.isAllowed(null)).isFalse();
    }

    @Test
    void aHandshakeFromABrowserSessionMustNameAnAllowedOrigin() {
        assertThat(policy.allowsHandshake("https://attune.example.org", false)).isTrue();
        assertThat(policy.allowsHandshake(null, false)).isFalse();
        assertThat(policy.allowsHandshake(EVIL, false)).isFalse();
        assertThat(policy.allowsHandshake("null", false)).isFalse();
    }

    @Test
    void onlyAClientWithABearerTokenMayOpenASocketWithoutAnOrigin() {
        assertThat(policy.allowsHandshake(null, true)).isTrue();
        assertThat(policy.allowsHandshake(EVIL, true)).isFalse();
    }

    @Test
    void anUnsafeSessionRequestMustComeFromAnAllowedOriginByOriginOrElseReferer() {
        assertThat(policy.allowsUnsafeRequest("http://localhost:8080", null, false))
                .isTrue();
        assertThat(policy.allowsUnsafeRequest(null, "https://attune.example.org/?join=abc", false))
                .isTrue();
        assertThat(policy.allowsUnsafeRequest(EVIL, null, false)).isFalse();
        assertThat(policy.allowsUnsafeRequest(null, EVIL + "/prize", false)).isFalse();
        assertThat(policy.allowsUnsafeRequest(null, null, false)).isFalse();
        assertThat(policy.allowsUnsafeRequest("null", "https://attune.example.org/", false))
                .isFalse();
        assertThat(policy.allowsUnsafeRequest(null, "not a url", false)).isFalse();
        assertThat(policy.allowsUnsafeRequest(null, "https://attune.example.org.evil.example/", false))
                .isFalse();
    }

    @Test
    void requestsWithABearerTokenAreClientProgramsAndExempt() {
        assertThat(policy.allowsUnsafeRequest(null, null, true)).isTrue();
    }

    @Test
    void aBearerTokenIsRecognisedInTheAuthorizationHeader() {
        assertThat(OriginPolicy.isBearerToken("Bearer abc.def")).isTrue();
        assertThat(OriginPolicy.isBearerToken("bearer abc")).isTrue();
        assertThat(OriginPolicy.isBearerToken("Bearer ")).isFalse();
        assertThat(OriginPolicy.isBearerToken("Basic dXNlcjpwYXNz")).isFalse();
        assertThat(OriginPolicy.isBearerToken(null)).isFalse();
    }

    @Test
    void theOriginOfAReferer() {
        assertThat(OriginPolicy.originOf("https://attune.example.org/rooms?x=1"))
                .isEqualTo("https://attune.example.org");
        assertThat(OriginPolicy.originOf("http://localhost:8080/")).isEqualTo("http://localhost:8080");
        assertThat(OriginPolicy.originOf("/relative")).isNull();
    }
}
