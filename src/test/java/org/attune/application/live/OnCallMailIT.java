package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.support.ApiClient;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Safety alerts that nobody in the room answers reach the practice's on-call
 * contacts by mail, over a real SMTP server (GreenMail, on loopback): a guided
 * room's disclosure is mailed to the first contact within a minute, with no
 * words and no names; unanswered, the next contact is told, also across a
 * crash and restart; once a practice therapist acknowledges it, nobody else
 * is. A therapist who is in the room acknowledges live, and nobody is mailed.
 * A guided room's check-in that waits for someone who walked away tells the
 * first contact, once, also with no words and no names. A relay that asks for
 * a login gets Attune's, and a mail it refused is tried again until it goes
 * through, each try an audit row; that practice speaks French
 * ({@code ATTUNE_PRACTICE_LANGUAGE=fr}), and so does its on-call mail. A
 * participant who asked to be reminded of practice due gets one plain mail that
 * names nothing, in the language of the socket they asked from: French for
 * one opened with {@code ?lang=fr}, English for the other, in an
 * English-speaking practice.
 */
class OnCallMailIT {

    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final String DISCLOSURE = "He grabbed me by the arm again last night, in front of the kids.";
    private static final List<String> CONTACTS =
            List.of("first@oncall.practice.test", "second@oncall.practice.test", "third@oncall.practice.test");
    private static final int ESCALATE_SECONDS = 12;
    private static final String MAILER = "oncall-mailer@practice.test";
    private static final String NBSP = "\u00a0";

    private WildFlyServer server;
    private GreenMail smtp;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anUnansweredAlertGoesDownTheOnCallListUntilATherapistAcknowledgesIt() throws Exception {
        startWithMail("oncall");
        String baseUrl = server.baseUrl();
        ApiClient api = new ApiClient(baseUrl);
        TestRoom room = TestRoom.guidedCouple(baseUrl);

        // A guided room: nobody of the practice watches; the first on-call contact is told at once.
        Instant said = Instant.now();
        long alert;
        try (LiveClient sam = room.enter(DemoUsers.SAM)) {
            sam.send(say("s-1", DISCLOSURE));
            JsonObject offered = sam.next(event("resources_offered", SAM_ID));
            assertThat(offered.getString("followUp")).isEqualTo("on_call");
            assertThat(offered.getInt("withinMinutes")).isEqualTo(1);
        }
        assertThat(smtp.waitForIncomingEmail(Duration.ofMinutes(1).toMillis(), 1))
                .as("the first contact is mailed within a minute")
                .isTrue();
        MimeMessage first = smtp.getReceivedMessages()[0];
        assertThat(recipients(first)).containsExactly(CONTACTS.get(0));
        String mail = first.getSubject() + "\n" + GreenMailUtil.getBody(first);
        assertThat(mail)
                .contains("Harbour Family Practice")
                .as("the link is where people reach Attune (ATTUNE_PUBLIC_URL), not where this test does")
                .contains("https://attune.practice.test/?room=" + room.id())
                .contains("on-call contact 1 of 3");
        for (String private_ : List.of("grabbed", "arm", "kids", "Sam", "Alex", "Rivera", "Chen", "guided")) {
            assertThat(mail).as("the mail names no words and nobody").doesNotContainIgnoringCase(private_);
        }
        alert = Long.parseLong(mail.replaceAll("(?s).*Alert number: (\\d+).*", "$1"));

        // A power cut before anyone answers: the restarted server still tells the next contact.
        server.kill();
        server.start().awaitDeployed(Duration.ofMinutes(3));
        assertThat(smtp.waitForIncomingEmail(Duration.ofMinutes(1).toMillis(), 2))
                .as("unanswered, the second contact is told, after the restart")
                .isTrue();
        assertThat(recipients(smtp.getReceivedMessages()[1])).containsExactly(CONTACTS.get(1));

        HttpResponse<String> acknowledged = api.post(
                "/api/rooms/" + room.id() + "/safety-alerts/" + alert + "/acknowledge",
                token(DemoUsers.THERAPIST),
                null);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        JsonObject answer = Json.parse(acknowledged.body());
        assertThat(answer.getBoolean("acknowledged")).isTrue();
        assertThat(answer.getJsonNumber("waitedSeconds").longValue())
                .as("how long it waited")
                .isGreaterThanOrEqualTo(ESCALATE_SECONDS)
                .isLessThanOrEqualTo(Duration.between(said, Instant.now()).toSeconds() + 1);
        assertThat(api.post(
                                "/api/rooms/" + room.id() + "/safety-alerts/" + alert + "/acknowledge",
                                token(DemoUsers.THERAPIST),
                                null)
                        .statusCode())
                .as("once is enough")
                .isEqualTo(409);

        Awaitility.await()
                .during(Duration.ofSeconds(ESCALATE_SECONDS + 6))
                .atMost(Duration.ofSeconds(ESCALATE_SECONDS + 12))
                .until(() -> smtp.getReceivedMessages().length == 2);
        JsonObject listed = Json.parse("{\"alerts\":"
                        + api.get("/api/rooms/" + room.id() + "/safety-alerts", token(DemoUsers.THERAPIST))
                                .body()
                        + "}")
                .getJsonArray("alerts")
                .getJsonObject(0);
        assertThat(listed.getJsonNumber("seq").longValue()).isEqualTo(alert);
        assertThat(listed.getInt("onCallContactsTold")).isEqualTo(2);
        assertThat(listed.getJsonNumber("waitedSeconds").longValue())
                .isEqualTo(answer.getJsonNumber("waitedSeconds").longValue());

        // A moderated room whose therapist is here: she reads it now and acknowledges it live; nobody is mailed.
        TestRoom moderated = TestRoom.open(baseUrl);
        try (LiveClient maya = moderated.enter(DemoUsers.THERAPIST);
                LiveClient sam = moderated.enter(DemoUsers.SAM)) {
            sam.send(command("to_therapist", "p-1")
                    .add("text", "I don't want to be alive any more.")
                    .build());
            assertThat(sam.next(event("resources_offered", SAM_ID)).getString("followUp"))
                    .isEqualTo("therapist_here");
            long seq = maya.next(event("safety_alert", SAM_ID))
                    .getJsonNumber("seq")
                    .longValue();
            maya.send(command("acknowledge_alert", "a-1").add("alert", seq).build());
            JsonObject ack = maya.next(event("alert_acknowledged", SAM_ID));
            assertThat(ack.getJsonNumber("amount").longValue()).isEqualTo(seq);
            assertThat(Instant.parse(ack.getString("raisedAt"))).isBeforeOrEqualTo(Instant.parse(ack.getString("at")));
            maya.send(command("acknowledge_alert", "a-2").add("alert", seq).build());
            assertThat(maya.next(f -> "error".equals(f.getString("type"))).getString("code"))
                    .isEqualTo("invalid_state");
        }
        Awaitility.await()
                .during(Duration.ofSeconds(ESCALATE_SECONDS + 4))
                .atMost(Duration.ofSeconds(ESCALATE_SECONDS + 10))
                .until(() -> smtp.getReceivedMessages().length == 2);
    }

    @Test
    void aGuidedCheckInThatWaitsForSomeoneWhoWalkedAwayTellsTheFirstContact() throws Exception {
        startWithMail("oncall_checkin");
        TestRoom room = TestRoom.guidedCouple(server.baseUrl()).clearedForConversation();
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            try (LiveClient sam = room.enter(DemoUsers.SAM)) {
                sam.send(command("start_session", "start").build());
                sam.next(LiveClient.ack("start"));
                sam.send(command("request_pause", "p-1")
                        .add("reason", "overwhelmed")
                        .add("minutes", 1)
                        .build());
                sam.next(LiveClient.ack("p-1"));
            }
            // Sam walked away during the time-out; nobody of the practice is in the room.
            alex.next(event("check_in"), Duration.ofSeconds(100));
            alex.send(command("ready", "a-ready").add("calm", 4).build());
            alex.next(LiveClient.ack("a-ready"));
            JsonObject waiting = alex.next(event("check_in_waiting"), Duration.ofSeconds(90));
            assertThat(waiting.getString("told")).isEqualTo("on_call");
        }
        assertThat(smtp.waitForIncomingEmail(Duration.ofMinutes(1).toMillis(), 1))
                .as("the first on-call contact is told")
                .isTrue();
        MimeMessage told = smtp.getReceivedMessages()[0];
        assertThat(recipients(told)).containsExactly(CONTACTS.get(0));
        String mail = told.getSubject() + "\n" + GreenMailUtil.getBody(told);
        assertThat(mail)
                .contains("Harbour Family Practice", "check-in", "https://attune.practice.test/?room=" + room.id());
        for (String private_ : List.of("Sam", "Alex", "Rivera", "Chen", "overwhelmed", "flooded")) {
            assertThat(mail).as("the mail names nobody and nobody's state").doesNotContainIgnoringCase(private_);
        }
        Awaitility.await()
                .during(Duration.ofSeconds(20))
                .atMost(Duration.ofSeconds(30))
                .until(() -> smtp.getReceivedMessages().length == 1);
    }

    @Test
    void aRelayThatAsksForALoginGetsItAndAMailItRefusedIsTriedAgain() throws Exception {
        int port = freePort();
        // The relay knows the mailer by another password at first: it refuses the login, so nothing goes through.
        smtp = relay(port, "an-old-password");
        startServer(
                "oncall_login",
                port,
                600,
                Map.of(
                        "ATTUNE_SMTP_USER",
                        MAILER,
                        "ATTUNE_SMTP_PASSWORD",
                        "relay-password",
                        "ATTUNE_PRACTICE_LANGUAGE",
                        "fr"));
        ApiClient api = new ApiClient(server.baseUrl());
        TestRoom room = TestRoom.guidedCouple(server.baseUrl());

        try (LiveClient sam = room.enter(DemoUsers.SAM)) {
            sam.send(say("s-1", DISCLOSURE));
            assertThat(sam.next(event("resources_offered", SAM_ID)).getString("followUp"))
                    .isEqualTo("on_call");
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> auditActions(api, room).stream().anyMatch(a -> a.startsWith("oncall_mail_failed")));
        assertThat(smtp.getReceivedMessages())
                .as("a relay that refused the login took no mail: Attune did log in with its password")
                .isEmpty();
        assertThat(auditActions(api, room))
                .singleElement()
                .asString()
                .contains("on-call contact 1 of 3", "try 1", "tried again at")
                .doesNotContain(CONTACTS.get(0));

        // The practice fixes the relay's password: the next try goes through, without anyone doing anything.
        smtp.stop();
        smtp = relay(port, "relay-password");
        assertThat(smtp.waitForIncomingEmail(Duration.ofMinutes(1).toMillis(), 1))
                .as("the mail is tried again, and goes through with the login")
                .isTrue();
        MimeMessage told = smtp.getReceivedMessages()[0];
        assertThat(recipients(told)).containsExactly(CONTACTS.get(0));
        assertThat(told.getSubject())
                .as("the practice speaks French: so does its on-call mail")
                .isEqualTo("Attune" + NBSP + ": une alerte de sécurité attend d’être prise en charge"
                        + " (Harbour Family Practice)");
        assertThat(text(told))
                .contains("Une alerte de sécurité attend d’être prise en charge dans une salle de Harbour Family"
                        + " Practice.")
                .contains("Numéro de l’alerte" + NBSP + ": ")
                .contains("https://attune.practice.test/?room=" + room.id())
                .contains("Vous êtes la personne de garde 1 sur 3.")
                .doesNotContain("safety alert", "on-call contact");
        for (String private_ : List.of("grabbed", "arm", "kids", "Sam", "Alex", "Rivera", "Chen", "guid")) {
            assertThat(told.getSubject() + text(told)).as("no words, nobody").doesNotContainIgnoringCase(private_);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> auditActions(api, room).stream().anyMatch(a -> a.startsWith("oncall_mail_sent")));
        assertThat(auditActions(api, room))
                .last()
                .asString()
                .startsWith("oncall_mail_sent")
                .contains("on-call contact 1 of 3", "try 2");
    }

    @Test
    void aParticipantWhoAskedIsRemindedOfPracticeDueByOnePlainMailThatNamesNothingInTheirOwnLanguage()
            throws Exception {
        startWithMail("reminders");
        String baseUrl = server.baseUrl();
        ApiClient api = new ApiClient(baseUrl);
        TestRoom room = TestRoom.open(baseUrl).clearedForConversation();
        String alexAt = "alex.at.home@mail.test";
        String samAt = "sam.at.home@mail.test";
        // Alex's page reads French: it opens its socket with ?lang=fr. Sam's reads English. The practice: English.
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = LiveClient.connect(
                        baseUrl.replaceFirst("^http", "ws"), room.id() + "?lang=fr", token(DemoUsers.ALEX), null);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.next("welcome");
            alex.send(command("practice_reminders", "a-1").add("email", alexAt).build());
            alex.next(LiveClient.ack("a-1"));
            sam.send(command("practice_reminders", "s-1").add("email", samAt).build());
            sam.next(LiveClient.ack("s-1"));
            // Due in 80 s, sooner than two days: the reminder goes out halfway there.
            maya.send(command("assign_practice", "m-1")
                    .add("kind", "appreciation")
                    .add("due", Instant.now().plusSeconds(80).toString())
                    .build());
            maya.next(LiveClient.ack("m-1"));
            alex.next(event("practice_reminded"), Duration.ofSeconds(70));
        }
        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), 2))
                .as("each is mailed")
                .isTrue();
        MimeMessage toAlex = to(alexAt);
        String inFrench = toAlex.getSubject() + "\n" + text(toAlex);
        assertThat(toAlex.getSubject()).isEqualTo("Un rappel d’Attune");
        assertThat(text(toAlex))
                .contains("Quelque chose que vous avez prévu dans Attune arrive dans environ 1 minute.")
                .contains("Ouvrez Attune quand cela vous convient" + NBSP + ":")
                .contains("https://attune.practice.test/?room=" + room.id())
                .doesNotContain("reminder", "Something");
        MimeMessage toSam = to(samAt);
        String inEnglish = toSam.getSubject() + "\n" + text(toSam);
        assertThat(inEnglish)
                .contains("A reminder from Attune", "due in about 1 minute")
                .contains("https://attune.practice.test/?room=" + room.id())
                .doesNotContain("rappel");
        for (String private_ : List.of(
                "appreciat", "Alex", "Sam", "Maya", "therap", "thérap", "couple", "Harbour", "exercice", "clinique")) {
            assertThat(inEnglish).as("the mail names nothing").doesNotContainIgnoringCase(private_);
            assertThat(inFrench).as("the mail names nothing").doesNotContainIgnoringCase(private_);
        }
        Awaitility.await()
                .during(Duration.ofSeconds(8))
                .atMost(Duration.ofSeconds(12))
                .until(() -> smtp.getReceivedMessages().length == 2);
        HttpResponse<String> audit = api.get("/api/rooms/" + room.id() + "/audit", token(DemoUsers.THERAPIST));
        assertThat(audit.body())
                .contains("practice_assigned", "practice_mail_sent")
                .doesNotContain(alexAt)
                .doesNotContain(samAt);
    }

    /** The one mail received for this address. */
    private MimeMessage to(String address) throws Exception {
        List<MimeMessage> received = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (recipients(m).contains(address)) {
                received.add(m);
            }
        }
        assertThat(received).as(address).hasSize(1);
        return received.get(0);
    }

    /** A mail's text as its reader reads it: its transfer encoding undone, lines as Java writes them. */
    private static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    /** Starts GreenMail on loopback and a WildFly of this test's own that mails the on-call contacts through it. */
    private void startWithMail(String name) throws IOException {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        startServer(name, port, ESCALATE_SECONDS, Map.of());
    }

    /** A WildFly of this test's own whose on-call mail goes to the SMTP server on the port. */
    private void startServer(String name, int port, int escalateSeconds, Map<String, String> more) throws IOException {
        Path work = TestStack.work();
        Map<String, String> environment = new HashMap<>(TestStack.ownDatabase(name));
        environment.put("ATTUNE_SMTP_HOST", "127.0.0.1");
        environment.put("ATTUNE_SMTP_PORT", String.valueOf(port));
        environment.put("ATTUNE_SMTP_FROM", "attune@practice.test");
        environment.put("ATTUNE_ONCALL_CONTACTS", String.join(", ", CONTACTS));
        environment.put("ATTUNE_ALERT_ESCALATE_SECONDS", String.valueOf(escalateSeconds));
        environment.put("ATTUNE_PRACTICE_NAME", "Harbour Family Practice");
        environment.put("ATTUNE_PUBLIC_URL", "https://attune.practice.test/");
        environment.putAll(more);
        server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                work.resolve(name + "-server"),
                Path.of(System.getProperty("attune.war")),
                240,
                environment);
        TestStack.keycloak();
        server.start().awaitDeployed(Duration.ofMinutes(3));
    }

    /** A relay that asks for a login, on the port, that knows the mailer by the password. */
    private static GreenMail relay(int port, String password) {
        GreenMail relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILER, password));
        relay.start();
        return relay;
    }

    private static List<String> auditActions(ApiClient api, TestRoom room) {
        HttpResponse<String> response = api.get("/api/rooms/" + room.id() + "/audit", token(DemoUsers.THERAPIST));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse("{\"r\":" + response.body() + "}").getJsonArray("r").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("action").startsWith("oncall_mail"))
                .map(r -> r.getString("action") + ": " + r.getString("detail"))
                .toList();
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(Object::toString)
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
