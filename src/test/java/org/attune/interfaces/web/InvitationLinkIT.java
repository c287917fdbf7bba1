package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An invitation link ({@code /?join=…}) only ever asks: it names the room and
 * the therapist who invited, and the person joins when they say so. Merely
 * opening a link, signed in or not, joins nothing, so a link someone else
 * planted cannot put a person in a room.
 */
class InvitationLinkIT extends AttuneIT {

    private static final String ROOM_NAME = "Jamie's Thursday sessions";

    private final ApiClient api = ApiClient.forTestStack();
    private String roomId;
    private String code;

    private static String token(String username) {
        return TestStack.tokens().accessToken(username);
    }

    @BeforeEach
    void aTherapistInvitesJamie() {
        String therapist = token(DemoUsers.THERAPIST);
        roomId = api.openRoom(therapist, ROOM_NAME, "family");
        code = api.invite(therapist, roomId, "participant");
    }

    private boolean jamieIsInTheRoom() {
        return api.get("/api/rooms", token(DemoUsers.JAMIE)).body().contains(roomId);
    }

    @Test
    void openingAnInvitationLinkJoinsNothingUntilThePersonSaysSo() {
        try (Browser jamie = new Browser()) {
            jamie.open(TestStack.appUrl() + "/?join=" + code);
            jamie.visible(By.id("sign-in")).click();
            jamie.signIn(DemoUsers.JAMIE, DemoUsers.PASSWORD);

            jamie.waitForText(By.id("join-what"), ROOM_NAME);
            assertThat(jamie.driver().findElement(By.id("join-what")).getText())
                    .contains("Maya Ortiz")
                    .contains("participant");
            assertThat(jamie.seriousAccessibilityViolations()).isEmpty();
            jamie.screenshot("invitation-confirm");
            assertThat(jamieIsInTheRoom()).isFalse();

            jamie.open(TestStack.appUrl() + "/?join=" + code);
            jamie.waitForText(By.id("join-what"), ROOM_NAME);
            assertThat(jamieIsInTheRoom()).isFalse();

            jamie.visible(By.id("join-decline")).click();
            jamie.visible(By.id("join-code"));
            assertThat(jamieIsInTheRoom()).isFalse();
        }
        // Declining spent nothing: the invitation still works.
        api.accept(token(DemoUsers.JAMIE), code);
        assertThat(jamieIsInTheRoom()).isTrue();
    }

    @Test
    void aPersonWhoConfirmsJoinsTheRoomTheyWereShown() {
        try (Browser jamie = new Browser()) {
            jamie.open(TestStack.appUrl() + "/");
            jamie.visible(By.id("sign-in")).click();
            jamie.signIn(DemoUsers.JAMIE, DemoUsers.PASSWORD);
            jamie.visible(By.id("join-code"));

            jamie.open(TestStack.appUrl() + "/?join=" + code);
            jamie.waitForText(By.id("join-what"), ROOM_NAME);
            jamie.visible(By.id("join-accept")).click();

            jamie.waitForText(By.id("connection"), "Connected");
            jamie.waitForText(By.id("room-name-heading"), ROOM_NAME);
            assertThat(jamieIsInTheRoom()).isTrue();
        }
    }

    @Test
    void aSpentInvitationLinkSaysSoCalmlyAndJoinsNothing() {
        api.accept(token(DemoUsers.RILEY), code);
        try (Browser jamie = new Browser()) {
            jamie.open(TestStack.appUrl() + "/");
            jamie.visible(By.id("sign-in")).click();
            jamie.signIn(DemoUsers.JAMIE, DemoUsers.PASSWORD);
            jamie.visible(By.id("join-code"));

            jamie.open(TestStack.appUrl() + "/?join=" + code);
            jamie.waitForText(By.id("home-status"), "already been used");
            assertThat(jamieIsInTheRoom()).isFalse();
        }
    }
}
