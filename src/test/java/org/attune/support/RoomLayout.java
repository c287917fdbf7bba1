package org.attune.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

/**
 * How a room's page sits in its window, measured in the browser: the composer (its row of
 * actions, the message box, Send) on the screen without scrolling, the newest words above it,
 * the banner clear of "Leave quickly" and of the composer, the actions in one row with no
 * word cut off, and nothing running off the side, whatever the width and the language.
 */
public final class RoomLayout {

    private RoomLayout() {}

    /** Fails, naming {@code where}, when a part of the room is off the screen or on top of another. */
    public static void assertLaidOut(Browser browser, String where) {
        JsonObject boxes = browser.until(d -> {
            JsonObject measured = read((String) browser.driver().executeScript(BOXES));
            return measured.getBoolean("newestShown") ? measured : null;
        });
        double height = boxes.getJsonNumber("height").doubleValue();
        double width = boxes.getJsonNumber("width").doubleValue();
        assertThat(boxes.getJsonNumber("scrollWidth").doubleValue())
                .as("nothing runs off the side at %s: %s", where, boxes)
                .isLessThanOrEqualTo(width);
        for (String part : List.of("dock", "message", "send")) {
            JsonObject box = boxes.getJsonObject(part);
            assertThat(box.getJsonNumber("top").doubleValue())
                    .as("%s on screen at %s: %s", part, where, boxes)
                    .isGreaterThanOrEqualTo(0);
            assertThat(box.getJsonNumber("bottom").doubleValue())
                    .as("%s on screen at %s: %s", part, where, boxes)
                    .isLessThanOrEqualTo(height + 1);
            assertThat(box.getJsonNumber("right").doubleValue())
                    .as("%s on screen at %s: %s", part, where, boxes)
                    .isLessThanOrEqualTo(width);
        }
        List<JsonObject> row = boxes.getJsonArray("actions").getValuesAs(JsonObject.class);
        assertThat(row).as("the composer's actions at %s", where).isNotEmpty();
        for (int i = 1; i < row.size(); i++) {
            assertThat(Math.abs(top(row.get(i)) - top(row.get(0))))
                    .as("the composer's actions in one row at %s: %s", where, row)
                    .isLessThan(2);
            assertThat(overlap(row.get(i - 1), row.get(i)))
                    .as("actions side by side at %s: %s", where, row)
                    .isFalse();
        }
        assertThat(boxes.getJsonArray("clipped").getValuesAs(jakarta.json.JsonString::getString))
                .as("words cut off in the composer at %s: %s", where, boxes)
                .isEmpty();
        assertThat(overlap(boxes.getJsonObject("whose"), boxes.getJsonObject("exit")))
                .as("“Your turn” and “Leave quickly” at %s: %s", where, boxes)
                .isFalse();
        assertThat(overlap(boxes.getJsonObject("banner"), boxes.getJsonObject("dock")))
                .as("the banner and the composer at %s: %s", where, boxes)
                .isFalse();
    }

    /**
     * Scrolls the window as a person does who has been reading elsewhere on the page (the
     * therapist's console, say) and comes back to the conversation: its newest words just
     * above the composer.
     */
    public static void scrollToNewest(Browser browser) {
        browser.driver().executeScript("""
                const entries = document.querySelectorAll('#transcript > li');
                entries[entries.length - 1].scrollIntoView({ block: 'end' });
                window.scrollBy(0, document.getElementById('dock').offsetHeight + 12);
                """);
    }

    /** Whether two boxes ({@code getBoundingClientRect()}) cover some of the same screen. */
    public static boolean overlap(JsonObject a, JsonObject b) {
        return a.getJsonNumber("left").doubleValue() < b.getJsonNumber("right").doubleValue()
                && b.getJsonNumber("left").doubleValue()
                        < a.getJsonNumber("right").doubleValue()
                && a.getJsonNumber("top").doubleValue()
                        < b.getJsonNumber("bottom").doubleValue()
                && b.getJsonNumber("top").doubleValue()
                        < a.getJsonNumber("bottom").doubleValue();
    }

    public static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static double top(JsonObject box) {
        return box.getJsonNumber("top").doubleValue();
    }

    /** The boxes of the room's parts in the window; `newestShown` once the last entry is between the banner and the composer. */
    private static final String BOXES = """
            const box = (el) => el.getBoundingClientRect().toJSON();
            const dock = box(document.getElementById('dock'));
            const banner = box(document.getElementById('turn-banner'));
            const entries = document.querySelectorAll('#transcript > li');
            const last = entries[entries.length - 1].getBoundingClientRect();
            const shown = [...document.querySelectorAll('#regulate > *')].filter((el) => el.getClientRects().length);
            const actions = shown.map(box);
            const dockElement = document.getElementById('dock');
            const clipped = shown.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.id)
                .concat(dockElement.scrollWidth > dockElement.clientWidth + 1 ? ['dock'] : []);
            return JSON.stringify({
                width: document.documentElement.clientWidth, height: window.innerHeight,
                scrollWidth: document.documentElement.scrollWidth,
                dock, banner, actions, clipped,
                message: box(document.getElementById('message')), send: box(document.getElementById('send')),
                whose: box(document.getElementById('turn-whose')), exit: box(document.getElementById('quick-exit')),
                newestShown: last.bottom <= dock.top + 1 && last.top >= 0,
            });
            """;
}
