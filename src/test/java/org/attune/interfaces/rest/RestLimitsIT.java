package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.FreshUsers;
import org.attune.support.Json;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * Each person's calls to coaching, invitation creation and acceptance are
 * limited (HTTP 429 with Retry-After and a calm problem), and what a REST call
 * would store fits its record or is refused with a clear 400. Each test spends
 * the limits of people made for it, never those of the demo users the other
 * tests share.
 */
class RestLimitsIT extends AttuneIT {

    /** More calls than any limit of the test server allows in a burst (arquillian.xml). */
    private static final int MORE_THAN_ANY_LIMIT = 300;

    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void coachingIsLimitedForEachPersonAndOthersStillGetIt() {
        String someone = FreshUsers.signedIn("client");
        String draft = "{\"text\":\"You never listen to me.\"}";

        HttpResponse<String> limited = untilLimited(() -> api.post("/api/coach", someone, draft));

        assertTooManyCalls(limited);
        assertThat(api.post("/api/coach", TestRoom.token(DemoUsers.SAM), draft).statusCode())
                .as("another person's coaching goes on")
                .isEqualTo(200);
    }

    @Test
    void creatingInvitationsIsLimitedForEachTherapist() {
        String therapist = FreshUsers.signedIn("therapist");
        String roomId = api.openRoom(therapist, "A fresh practice's room", "couple");
        String invitation = "{\"role\":\"participant\"}";

        HttpResponse<String> limited =
                untilLimited(() -> api.post("/api/rooms/" + roomId + "/invitations", therapist, invitation));

        assertTooManyCalls(limited);
    }

    @Test
    void acceptingInvitationsIsLimitedForEachPerson() {
        TestRoom room = TestRoom.open();
        String code = api.invite(TestRoom.token(DemoUsers.THERAPIST), room.id(), "observer");
        String someone = FreshUsers.signedIn("client");

        HttpResponse<String> limited =
                untilLimited(() -> api.post("/api/invitations/" + code + "/accept", someone, null));

        assertTooManyCalls(limited);
    }

    @Test
    void aNameLongerThanTheRoomCanShowIsRefusedWith400AndNobodyJoins() {
        TestRoom room = TestRoom.open();
        String code = api.invite(TestRoom.token(DemoUsers.THERAPIST), room.id(), "participant");
        String longName = FreshUsers.signedIn("client", "A".repeat(200), "Person");

        HttpResponse<String> refused = api.post("/api/invitations/" + code + "/accept", longName, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Json.parse(refused.body());
        assertThat(problem.getString("code")).isEqualTo("bad_request");
        assertThat(problem.getString("detail")).contains("120");
        assertThat(api.get("/api/rooms", longName).body()).isEqualTo("[]");
    }

    private static HttpResponse<String> untilLimited(Supplier<HttpResponse<String>> call) {
        int succeeded = 0;
        for (int i = 0; i < MORE_THAN_ANY_LIMIT; i++) {
            HttpResponse<String> response = call.get();
            if (response.statusCode() == 429) {
                assertThat(succeeded).as("calls allowed before the limit").isGreaterThanOrEqualTo(5);
                return response;
            }
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
            succeeded++;
        }
        throw new AssertionError(MORE_THAN_ANY_LIMIT + " calls in a row were all allowed");
    }

    private static void assertTooManyCalls(HttpResponse<String> limited) {
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(limited.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Json.parse(limited.body());
        assertThat(problem.getString("code")).isEqualTo("rate_limited");
        assertThat(problem.getInt("status")).isEqualTo(429);
        assertThat(problem.getString("detail")).contains("moment");
    }
}
