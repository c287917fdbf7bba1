package org.attune.dev;

import java.time.Instant;
import java.util.List;
import org.attune.support.DemoUsers;
import org.attune.support.Totp;

/**
 * Prints the current one-time codes of the demo users who sign in with one
 * (the therapist and the practice's administrator), from the keys the
 * development realm gives their authenticators: no authenticator app needed
 * to try Attune. Development only: the keys are public, in this repository.
 * Run by {@code ./mvnw -q -Pdev-otp}.
 */
public final class OneTimeCodes {

    private OneTimeCodes() {}

    public static void main(String[] args) {
        lines(Instant.now()).forEach(System.out::println);
    }

    /** What the command prints at the given moment. */
    static List<String> lines(Instant now) {
        return List.of(
                "  therapist        " + Totp.code(DemoUsers.THERAPIST_OTP_SECRET, now),
                "  practice-admin   " + Totp.code(DemoUsers.PRACTICE_ADMIN_OTP_SECRET, now),
                "  (one-time codes for the development realm only; these change in " + Totp.secondsLeft(now)
                        + " s, and each works once: run ./mvnw -q -Pdev-otp again for the next)");
    }
}
