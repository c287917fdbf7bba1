package org.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attune.support.Json;
import org.attune.support.RealmFiles;
import org.junit.jupiter.api.Test;

/**
 * The production realm, {@code keycloak-realm.json}, read as Keycloak imports
 * it: every hardening setting is there, so that a careless edit of the file
 * fails the build instead of weakening every practice that imports it.
 */
class RealmHardeningTest {

    private static final String APP_CLIENT = "attune-web";

    private final JsonObject realm = read();

    private static JsonObject read() {
        try {
            return Json.parse(Files.readString(RealmFiles.realm()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAppsClientSignsInByAuthorizationCodeWithPkceOnly() {
        JsonObject app = client(APP_CLIENT);

        assertThat(app.getBoolean("publicClient")).isFalse();
        assertThat(app.getBoolean("standardFlowEnabled")).isTrue();
        assertThat(app.getBoolean("implicitFlowEnabled")).as("implicit grant").isFalse();
        assertThat(app.getBoolean("directAccessGrantsEnabled"))
                .as("password grant")
                .isFalse();
        assertThat(app.getBoolean("serviceAccountsEnabled", false)).isFalse();
        assertThat(app.getJsonObject("attributes").getString("pkce.code.challenge.method"))
                .isEqualTo("S256");
    }

    @Test
    void theAppsClientRedirectsOnlyToExactAddresses() {
        JsonObject app = client(APP_CLIENT);
        List<String> redirects = strings(app, "redirectUris");
        List<String> origins = strings(app, "webOrigins");
        List<String> logout = List.of(app.getJsonObject("attributes")
                .getString("post.logout.redirect.uris")
                .split("##"));

        assertThat(redirects).isNotEmpty().allSatisfy(RealmHardeningTest::exact);
        assertThat(origins).allSatisfy(RealmHardeningTest::exact).doesNotContain("+");
        assertThat(logout).isNotEmpty().allSatisfy(RealmHardeningTest::exact);
    }

    @Test
    void theProductionRealmCarriesNoClientSecret() {
        assertThat(client(APP_CLIENT).containsKey("secret"))
                .as("a secret in the production realm file is a secret every practice shares")
                .isFalse();
    }

    @Test
    void noClientOfTheProductionRealmTakesPasswordsOrImplicitGrants() {
        for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            assertThat(client.getBoolean("directAccessGrantsEnabled", true))
                    .as(client.getString("clientId") + " password grant")
                    .isFalse();
            assertThat(client.getBoolean("implicitFlowEnabled", false))
                    .as(client.getString("clientId") + " implicit grant")
                    .isFalse();
        }
    }

    @Test
    void guessingPasswordsLocksTheAccountForAWhile() {
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getInt("failureFactor")).isBetween(1, 10);
        assertThat(realm.getInt("waitIncrementSeconds")).isPositive();
        assertThat(realm.getInt("maxFailureWaitSeconds")).isGreaterThanOrEqualTo(realm.getInt("waitIncrementSeconds"));
        assertThat(realm.getBoolean("registrationAllowed")).isFalse();
        assertThat(realm.getString("sslRequired")).isIn("external", "all");
    }

    @Test
    void passwordsAreLongAndNeitherTheNameTheEmailNorARecentPassword() {
        Map<String, String> policy = passwordPolicy();

        assertThat(policy).containsKeys("length", "notUsername", "notEmail", "passwordHistory");
        assertThat(Integer.parseInt(policy.get("length"))).isGreaterThanOrEqualTo(12);
        assertThat(Integer.parseInt(policy.get("passwordHistory"))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void tokensAndSessionsAreShortLivedAndRefreshTokensAreUsedOnce() {
        assertThat(realm.getInt("accessTokenLifespan")).isBetween(60, 300);
        assertThat(realm.getInt("ssoSessionIdleTimeout")).isBetween(300, 1800);
        assertThat(realm.getInt("ssoSessionMaxLifespan")).isBetween(3600, 36000);
        assertThat(realm.getBoolean("revokeRefreshToken", false))
                .as("refresh-token rotation")
                .isTrue();
        assertThat(realm.getInt("refreshTokenMaxReuse", 0)).isZero();
        assertThat(realm.getBoolean("otpPolicyCodeReusable")).isFalse();
    }

    @Test
    void signInsAndAdministrationAreRecorded() {
        assertThat(realm.getBoolean("eventsEnabled")).isTrue();
        assertThat(realm.getBoolean("adminEventsEnabled")).isTrue();
        assertThat(strings(realm, "eventsListeners")).isNotEmpty();
        assertThat(realm.getInt("eventsExpiration")).isPositive();
    }

    @Test
    void therapistsAndAdministratorsSignInWithAOneTimeCode() {
        String browserFlow = realm.getString("browserFlow");
        Set<String> rolesAskedForACode = rolesAskedForACode(browserFlow);

        assertThat(rolesAskedForACode)
                .as("realm roles whose browser sign-in asks for a one-time code")
                .isNotEmpty();
        assertThat(effectiveRoles(RealmRoles.THERAPIST)).containsAnyElementsOf(rolesAskedForACode);
        assertThat(effectiveRoles(RealmRoles.ADMIN)).containsAnyElementsOf(rolesAskedForACode);
        assertThat(effectiveRoles(RealmRoles.CLIENT)).doesNotContainAnyElementsOf(rolesAskedForACode);
    }

    private static void exact(String uri) {
        assertThat(uri).doesNotContain("*").startsWith("http");
    }

    /**
     * The roles of conditional sub-flows of the browser flow that require the
     * OTP form, reached through required or conditional steps only.
     */
    private Set<String> rolesAskedForACode(String flowAlias) {
        Set<String> roles = new HashSet<>();
        for (JsonObject step :
                flow(flowAlias).getJsonArray("authenticationExecutions").getValuesAs(JsonObject.class)) {
            if (!step.getBoolean("authenticatorFlow", false)) {
                continue;
            }
            String sub = step.getString("flowAlias");
            roles.addAll(rolesAskedForACode(sub));
            if ("CONDITIONAL".equals(step.getString("requirement"))) {
                otpRole(flow(sub)).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private Optional<String> otpRole(JsonObject conditionalFlow) {
        List<JsonObject> steps =
                conditionalFlow.getJsonArray("authenticationExecutions").getValuesAs(JsonObject.class);
        boolean asksForCode = steps.stream()
                .anyMatch(s -> "auth-otp-form".equals(s.getString("authenticator", ""))
                        && "REQUIRED".equals(s.getString("requirement")));
        return steps.stream()
                .filter(s -> "conditional-user-role".equals(s.getString("authenticator", "")))
                .filter(s -> "REQUIRED".equals(s.getString("requirement")))
                .map(s -> authenticatorConfig(s.getString("authenticatorConfig")))
                .filter(c -> !Boolean.parseBoolean(c.getString("negate", "false")))
                .map(c -> c.getString("condUserRole"))
                .filter(role -> asksForCode)
                .findFirst();
    }

    /** The role and every role it includes, as Keycloak's role check sees them. */
    private Set<String> effectiveRoles(String role) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(role));
        while (!todo.isEmpty()) {
            String next = todo.remove(0);
            if (!seen.add(next)) {
                continue;
            }
            realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("name").equals(next))
                    .filter(r -> r.getBoolean("composite", false))
                    .findFirst()
                    .ifPresent(r -> todo.addAll(strings(r.getJsonObject("composites"), "realm")));
        }
        return seen;
    }

    private Map<String, String> passwordPolicy() {
        Matcher m = Pattern.compile("(\\w+)(?:\\((\\d*)\\))?").matcher(realm.getString("passwordPolicy"));
        Map<String, String> policy = new java.util.HashMap<>();
        while (m.find()) {
            if (!m.group(1).equals("and")) {
                policy.put(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
        }
        return policy;
    }

    private JsonObject client(String clientId) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(clientId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private JsonObject flow(String alias) {
        return realm.getJsonArray("authenticationFlows").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("alias").equals(alias))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no flow " + alias));
    }

    private JsonObject authenticatorConfig(String alias) {
        return realm.getJsonArray("authenticatorConfig").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("alias").equals(alias))
                .map(c -> c.getJsonObject("config"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no authenticator config " + alias));
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key)
                ? o.getJsonArray(key).getValuesAs(JsonValue.class).stream()
                        .map(v -> ((JsonString) v).getString())
                        .collect(Collectors.toList())
                : List.of();
    }
}
