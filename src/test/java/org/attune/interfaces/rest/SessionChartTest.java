package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.summary.SessionSummary.AlertWait;
import org.attune.domain.summary.SessionSummary.HeatPoint;
import org.attune.domain.summary.SessionSummary.PauseSpan;
import org.attune.domain.summary.SessionSummary.RepairKind;
import org.attune.domain.summary.SessionSummary.Rupture;
import org.attune.domain.summary.SessionSummary.RuptureKind;
import org.attune.domain.transcript.TalkStats;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SessionChartTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Function<String, String> NAMES = Map.of("alex", "Alex <b>Chen</b>", "sam", "Sam Rivera")::get;

    private static Instant at(int minute) {
        return T0.plusSeconds(minute * 60L);
    }

    private static SessionSummary session() {
        return new SessionSummary(
                2,
                T0,
                at(40),
                List.of(
                        new TalkStats.Share("alex", 3, 9, 180, Duration.ofMinutes(12)),
                        new TalkStats.Share("sam", 2, 6, 90, Duration.ofMinutes(8))),
                List.of(
                        new HeatPoint(at(5), "alex", 30),
                        new HeatPoint(at(9), "alex", 75),
                        new HeatPoint(at(20), "sam", 40)),
                List.of(new PauseSpan(at(10), at(15), "escalation")),
                List.of(
                        new Rupture(
                                7,
                                at(10),
                                List.of(RuptureKind.ESCALATION, RuptureKind.TIME_OUT),
                                RepairKind.REPAIR_ACCEPTED,
                                21,
                                at(17)),
                        new Rupture(30, at(33), List.of(RuptureKind.TIME_OUT), null, 0, null)),
                List.of(new AlertWait(12, at(22), "sam", at(25))),
                4,
                3,
                null);
    }

    @Test
    void theSessionInWordsNamesWhoSpokeTheRupturesRepairedTheAlertsWaitAndTheRatio() {
        assertThat(SessionChart.describe(session(), NAMES, at(60)))
                .startsWith("Session 2, 3 Dec 2026, 10:00 UTC, 40 min.")
                .contains("Alex <b>Chen</b>: 3 turns, 9 messages, 180 words, 12 min at the floor.")
                .contains("2 ruptures, 1 repaired (median 7 min).")
                .contains("1 pause.")
                .contains("1 safety alert; the longest waited 3 min.")
                .endsWith("Positive to negative 1.3 : 1 (4 to 3).");
    }

    @Test
    void aPracticeSittingSaysSoInWordsAndInThePicture() {
        SessionSummary s = session();
        SessionSummary practice = new SessionSummary(
                s.number(),
                s.startedAt(),
                s.endedAt(),
                s.talk(),
                s.heat(),
                s.pauses(),
                s.ruptures(),
                s.alerts(),
                s.positive(),
                s.negative(),
                "appreciation");
        assertThat(SessionChart.describe(practice, NAMES, at(60)))
                .startsWith("Session 2, practice between sessions (the appreciation ritual), 3 Dec 2026, 10:00 UTC");
        assertThat(SessionChart.svg(practice, NAMES, at(60))).contains("Session 2 · practice · 3 Dec 2026");
    }

    @Test
    void thePictureIsWellFormedAccessibleSvgWithEveryNameEscapedAndTheRuptureLinkedToItsRepair() throws Exception {
        String svg = SessionChart.svg(session(), NAMES, at(60));

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("aria-labelledby"))
                .isEqualTo("session-2-title session-2-desc");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Session 2 summary");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains("Alex <b>Chen</b>");
        assertThat(svg).doesNotContain("<b>").contains("Alex &lt;b&gt;Chen&lt;/b&gt;");
        assertThat(svg)
                .as("one rupture marker each, a dashed link and a circle for the one repaired")
                .contains("<title>Rupture: escalation, time out</title>")
                .contains("<title>Rupture: time out</title>")
                .contains("stroke-dasharray")
                .contains("<title>Repaired: repair accepted, after 7 min</title>")
                .contains("<title>Safety alert</title>");
        assertThat(doc.getElementsByTagName("polyline").getLength())
                .as("a line through Alex's two heated messages; Sam's one is a dot")
                .isEqualTo(1);
    }

    @Test
    void longSittingsReadInHoursAndTheTimeAxisKeepsToAFewLabels() {
        assertThat(SessionChart.minutes(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(SessionChart.minutes(Duration.ofSeconds(7 * 60 + 40))).isEqualTo("7 min 40 s");
        assertThat(SessionChart.minutes(Duration.ofMinutes(50))).isEqualTo("50 min");
        assertThat(SessionChart.minutes(Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
        assertThat(SessionChart.minutes(Duration.ofHours(3))).isEqualTo("3 h");
        for (long minutes : new long[] {1, 4, 12, 48, 95, 300, 1500, 4 * 1440, 40 * 1440}) {
            assertThat(minutes / SessionChart.tickMinutes(minutes * 60))
                    .as(minutes + " min")
                    .isLessThanOrEqualTo(5);
        }
        SessionSummary forgotten = new SessionSummary(
                3, T0, at(3 * 1440), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, null);
        assertThat(SessionChart.svg(forgotten, NAMES, at(3 * 1440)))
                .as("a session left running for three days is labelled in hours")
                .contains(">24 h<")
                .contains(">72 h<")
                .doesNotContain(">1440 min<");
    }

    @Test
    void aRunningSessionWithoutWordsOrRupturesSaysSo() {
        SessionSummary quiet =
                new SessionSummary(1, T0, null, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, null);
        assertThat(SessionChart.describe(quiet, NAMES, at(3)))
                .isEqualTo("Session 1, 3 Dec 2026, 10:00 UTC, 3 min so far. No rupture. 0 pauses. No safety alert."
                        + " 0 positive moments, no message with heat signals.");
        assertThat(SessionChart.svg(quiet, NAMES, at(3))).contains("Nobody spoke in this session.");
    }
}
