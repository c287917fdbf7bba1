package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.attune.support.ApiClient;
import org.attune.support.DemoUsers;
import org.attune.support.Deployments;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.MarkedCommandRefusal;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing anyone says reaches the server's logs: not their messages, notes or
 * drafts, not when the database refuses to store them, and not their tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NothingSaidIsLoggedIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar().addClass(MarkedCommandRefusal.class);
    }

    private final String canary = "canary-" + UUID.randomUUID();
    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void wordsDraftsNotesFailuresAndTokensStayOutOfTheLogs() {
        TestRoom room = TestRoom.inSession();
        String alexToken = token(DemoUsers.ALEX);
        String mayaToken = token(DemoUsers.THERAPIST);
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX)) {
            alex.send(say("s-1", "I felt left out, " + canary));
            alex.next(f -> "ack".equals(f.getString("type")));
            maya.send(command("note", "n-1").add("text", "Note " + canary).build());
            maya.next(f -> "ack".equals(f.getString("type")) && "n-1".equals(f.getString("id")));
            assertThat(api.post(
                                    "/api/coach",
                                    alexToken,
                                    Json.object()
                                            .add("text", "You never listen, " + canary)
                                            .build()
                                            .toString())
                            .statusCode())
                    .isEqualTo(200);
            api.post("/api/coach", alexToken, "{\"text\": [\"" + canary + "\"");

            databaseRefusesSecondMarkedCommands(true);
            try {
                String first = MarkedCommandRefusal.MARKER + "1";
                String second = MarkedCommandRefusal.MARKER + "2";
                alex.send(say(first, "Refuse me twice " + canary));
                alex.next(f -> "ack".equals(f.getString("type")) && first.equals(f.getString("id")));
                alex.send(say(second, "Refuse me twice " + canary));
                assertThat(alex.next(f -> "error".equals(f.getString("type")) && second.equals(f.getString("id")))
                                .getString("code"))
                        .isEqualTo("internal");
            } finally {
                databaseRefusesSecondMarkedCommands(false);
            }
        }

        String logs = serverLogs();
        assertThat(logs).as("the server's logs").contains("WFLYSRV0025");
        assertThat(logs).doesNotContain(canary);
        assertThat(logs).doesNotContain(alexToken).doesNotContain(mayaToken);
        assertThat(logs).doesNotContainIgnoringCase("bearer ey");
        assertThat(logs).doesNotContainIgnoringCase("binding parameter");
    }

    private static void databaseRefusesSecondMarkedCommands(boolean refuse) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(TestStack.appUrl() + MarkedCommandRefusal.PATH + "?refuse=" + refuse));
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file in the server's log folder: what an operator, or whoever reads their backups, would see. */
    private static String serverLogs() {
        Path logDir = Path.of(System.getProperty("jboss.home"), "standalone", "log");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(logDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
