package org.attune.support;

import java.util.Map;

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
    public static final String PRACTICE_ADMIN_OTP_SECRET = "attune-demo-admin-totp-key";

    private static final Map<String, String> IDS = Map.of(
            THERAPIST, "a77e0000-0000-4000-8000-000000000001",
            ALEX, "a77e0000-0000-4000-8000-000000000011",
            SAM, "a77e0000-0000-4000-8000-000000000012",
            MORGAN, "a77e0000-0000-4000-8000-000000000021",
            JAMIE, "a77e0000-0000-4000-8000-000000000022",
            RILEY, "a77e0000-0000-4000-8000-000000000023",
            PRACTICE_ADMIN, "a77e0000-0000-4000-8000-000000000091");

    private static final Map<String, String> OTP_SECRETS =
            Map.of(THERAPIST, THERAPIST_OTP_SECRET, PRACTICE_ADMIN, PRACTICE_ADMIN_OTP_SECRET);

    private DemoUsers() {}

    /**
     * The key of the user's authenticator, for those who sign in with a
     * one-time code (therapists and the administrator); empty for the others.
     */
    public static java.util.Optional<String> otpSecretOf(String username) {
        return java.util.Optional.ofNullable(OTP_SECRETS.get(username));
    }

    /** The user's fixed subject id, as the realm file gives it. */
    public static String idOf(String username) {
        String id = IDS.get(username);
        if (id == null) {
            throw new IllegalArgumentException("No demo user " + username);
        }
        return id;
    }
}
