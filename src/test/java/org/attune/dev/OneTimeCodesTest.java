package org.attune.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.attune.support.DemoUsers;
import org.attune.support.Totp;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    @Test
    void printsEachOneTimeUsersCurrentCodeAndHowLongItLasts() {
        Instant at = Instant.ofEpochSecond(1_796_000_012L);

        List<String> lines = OneTimeCodes.lines(at);

        assertThat(lines.get(0))
                .startsWith("  therapist ")
                .endsWith(" " + Totp.code(DemoUsers.THERAPIST_OTP_SECRET, at));
        assertThat(lines.get(1))
                .startsWith("  practice-admin ")
                .endsWith(" " + Totp.code(DemoUsers.PRACTICE_ADMIN_OTP_SECRET, at));
        assertThat(lines.get(0)).doesNotEndWith(Totp.code(DemoUsers.PRACTICE_ADMIN_OTP_SECRET, at));
        assertThat(lines.get(2)).contains("change in 28 s").contains("./mvnw -q -Pdev-otp");
    }
}
