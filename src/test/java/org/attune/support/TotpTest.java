package org.attune.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    @Test
    void matchesTheRfc6238TestVectors() {
        String secret = "12345678901234567890";
        assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void aCodeLastsUntilTheEndOfItsThirtySecondWindow() {
        assertThat(Totp.secondsLeft(Instant.ofEpochSecond(60))).isEqualTo(30);
        assertThat(Totp.secondsLeft(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.secondsLeft(Instant.ofEpochSecond(1111111109))).isEqualTo(1);
        assertThat(Totp.code("12345678901234567890", Instant.ofEpochSecond(1111111080)))
                .as("the same window")
                .isEqualTo(Totp.code("12345678901234567890", Instant.ofEpochSecond(1111111109)));
    }

    @Test
    void base32IsWhatAuthenticatorAppsTake() {
        assertThat(Totp.base32("12345678901234567890")).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
