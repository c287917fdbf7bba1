package org.attune.support;

/** The demo users of the dev/test realm file ({@code src/test/resources/keycloak/attune-dev-users.json}). */
public final class DemoUsers {

    public static final String PASSWORD = "attune-demo-2026";
    public static final String THERAPIST = "therapist";
    public static final String THERAPIST_OTP_SECRET = "attune-demo-totp-key";
    public static final String ALEX = "alex";
    public static final String SAM = "sam";
    public static final String MORGAN = "morgan";
    public static final String JAMIE = "jamie";
    public static final String RILEY = "riley";
    public static final String PRACTICE_ADMIN = "practice-admin";

    private DemoUsers() {}
}
