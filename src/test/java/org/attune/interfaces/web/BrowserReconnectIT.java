package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A partner's connection drops while the others keep talking: when it is back, nothing is missing or doubled. */
class BrowserReconnectIT extends AttuneIT {

    /** Holds back the page's resume frames, as a slow uplink would, so that live messages overtake them. */
    private static final String SLOW_UPLINK = """
            const send = WebSocket.prototype.send;
            WebSocket.prototype.send = function (data) {
                if (String(data).includes('"afterSeq"')) {
                    setTimeout(() => send.call(this, data), 1500);
                } else {
                    send.call(this, data);
                }
            };
            """;

    private static final String CUT_SOCKET = """
            const done = arguments[arguments.length - 1];
            import('/js/state.js').then((m) => { m.state.socket.close(3000, 'cut'); done(true); });
            """;

    private static final String SHOWN = """
            return Array.from(document.querySelectorAll('#transcript li'), (li) => li.lastChild.textContent);
            """;

    @Test
    void everyMessageShowsOnceAndInOrderAfterTheConnectionDropsWhileOthersTalk() {
        TestRoom room = TestRoom.inSession();
        List<String> said = new ArrayList<>();
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            say(sam, said, "Before the drop, one.");
            say(sam, said, "Before the drop, two.");
            alex.waitForText(By.id("transcript"), "Before the drop, two.");

            alex.driver().executeScript(SLOW_UPLINK);
            alex.driver().executeAsyncScript(CUT_SOCKET);
            alex.waitForText(By.id("connection"), "Reconnecting");
            say(sam, said, "In the meantime, one.");
            say(sam, said, "In the meantime, two.");
            say(sam, said, "In the meantime, three.");
            alex.waitForText(By.id("connection"), "Connected");
            // Alex's page is back but its resume is still on the way: this one arrives first.
            say(sam, said, "Right as you came back.");
            say(sam, said, "And after that.");

            alex.waitForText(By.id("transcript"), "And after that.");
            alex.waitForText(By.id("transcript"), "In the meantime, three.");
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) alex.driver().executeScript(SHOWN);
            assertThat(shown.stream().filter(said::contains).toList()).isEqualTo(said);
        }
    }

    private static void say(LiveClient sam, List<String> said, String text) {
        String id = "s-" + said.size();
        sam.send(TestRoom.say(id, text));
        sam.next(LiveClient.ack(id));
        said.add(text);
    }
}
