package org.attune.interfaces.rest;

import static org.attune.interfaces.rest.TranscriptRenderer.count;
import static org.attune.interfaces.rest.TranscriptRenderer.escape;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.attune.domain.practice.PracticeKind;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.TalkStats;

/**
 * A sitting as a picture for its therapists: the heat of each person's
 * messages over the session's minutes, the time-outs as bands, each rupture
 * linked to the repair that closed it, safety alerts, and below it who spoke
 * for how long. A standalone SVG with its own title and a description in
 * words for screen readers; every name is escaped, and it holds nobody's words.
 */
final class SessionChart {

    /** Drawn for the width of a therapist's console; shown twice as large where there is room. */
    static final int WIDTH = 340;

    private static final int LEFT = 36;
    private static final int RIGHT = 330;
    private static final int TOP = 104;
    private static final int BOTTOM = 204;
    private static final int BAR_TOP = 276;
    private static final int BAR_STEP = 38;
    private static final String[] COLOURS = {"#9a3412", "#3730a3", "#0f766e", "#a21caf", "#4d7c0f", "#1d4ed8"};
    private static final String RUPTURE = "#b91c1c";
    private static final String REPAIR = "#15803d";
    private static final String INK = "#1f2937";
    private static final String QUIET = "#6b7280";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private SessionChart() {}

    /** The sitting in a few sentences, as the chart's description and in a text transcript. */
    static String describe(SessionSummary s, Function<String, String> nameOf, Instant now) {
        StringBuilder out = new StringBuilder();
        out.append("Session ")
                .append(s.number())
                .append(", ")
                .append(practice(s, "practice between sessions (%s), "))
                .append(DAY.format(s.startedAt()))
                .append(", ")
                .append(minutes(s.length(now)))
                .append(s.running() ? " so far" : "")
                .append(". ");
        for (TalkStats.Share t : s.talk()) {
            out.append(nameOf.apply(t.memberId()))
                    .append(": ")
                    .append(talkLine(t))
                    .append(". ");
        }
        out.append(ruptures(s)).append(' ');
        out.append(count(s.pauses().size(), "pause")).append(". ");
        out.append(alerts(s, now)).append(' ');
        out.append(ratio(s));
        return out.toString().strip();
    }

    /** For a practice sitting, the pattern with the practice's name in it (at {@code %s}); else nothing. */
    private static String practice(SessionSummary s, String pattern) {
        if (s.practice() == null) {
            return "";
        }
        String title =
                PracticeKind.fromWireName(s.practice()).map(PracticeKind::title).orElse(s.practice());
        return pattern.contains("%s") ? String.format(Locale.ROOT, pattern, title) : pattern;
    }

    static String svg(SessionSummary s, Function<String, String> nameOf, Instant now) {
        Instant end = s.running() ? now : s.endedAt();
        long span = Math.max(60, Duration.between(s.startedAt(), end).toSeconds());
        Function<Instant, Double> x = at -> LEFT
                + (RIGHT - LEFT)
                        * Math.min(
                                1.0,
                                Math.max(
                                        0.0, Duration.between(s.startedAt(), at).toSeconds() / (double) span));
        Map<String, String> colours = colours(s);
        int height = BAR_TOP + BAR_STEP * Math.max(1, s.talk().size()) + 8;
        String id = "session-" + s.number();
        StringBuilder out = new StringBuilder(4096);
        out.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\""
                        + " font-family=\"system-ui, sans-serif\" font-size=\"12\">%n",
                WIDTH * 2,
                height * 2,
                WIDTH,
                height,
                id,
                id));
        out.append("<title id=\"").append(id).append("-title\">Session ").append(s.number());
        out.append(" summary</title>\n<desc id=\"").append(id).append("-desc\">");
        out.append(escape(describe(s, nameOf, now))).append("</desc>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        String length = minutes(s.length(now)) + (s.running() ? " so far" : "");
        text(
                out,
                6,
                20,
                14,
                INK,
                "bold",
                "Session " + s.number() + " · " + practice(s, "practice · ") + DAY.format(s.startedAt()));
        text(out, 6, 38, 12, INK, "normal", length + ". " + ruptures(s));
        text(out, 6, 54, 12, INK, "normal", alerts(s, now));
        text(out, 6, 70, 12, INK, "normal", ratio(s));
        pauses(out, s, x);
        axes(out, span);
        heat(out, s, x, colours);
        links(out, s, x);
        alertMarks(out, s, x);
        legend(out);
        talk(out, s, nameOf, colours);
        return out.append("</svg>\n").toString();
    }

    private static Map<String, String> colours(SessionSummary s) {
        Map<String, String> colours = new LinkedHashMap<>();
        s.talk().forEach(t -> colours.putIfAbsent(t.memberId(), COLOURS[colours.size() % COLOURS.length]));
        s.heat().forEach(h -> colours.putIfAbsent(h.memberId(), COLOURS[colours.size() % COLOURS.length]));
        return colours;
    }

    private static void pauses(StringBuilder out, SessionSummary s, Function<Instant, Double> x) {
        for (SessionSummary.PauseSpan p : s.pauses()) {
            double from = x.apply(p.at());
            double to = p.resumedAt() == null ? RIGHT : x.apply(p.resumedAt());
            out.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#dbeafe\"/>\n",
                    from,
                    TOP,
                    Math.max(2, to - from),
                    BOTTOM - TOP));
            text(out, from + 3, TOP + 12, 10, "#1e3a8a", "normal", "pause");
        }
    }

    private static void axes(StringBuilder out, long span) {
        for (int percent : new int[] {0, 50, 100}) {
            double y = BOTTOM - (BOTTOM - TOP) * percent / 100.0;
            out.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>%n",
                    LEFT,
                    y,
                    RIGHT,
                    y));
            text(out, 4, y + 4, 10, QUIET, "normal", percent + " %");
        }
        text(out, 4, TOP - 12, 10, QUIET, "normal", "heat");
        long step = tickMinutes(span);
        for (long m = 0; m * 60 <= span; m += step) {
            double tx = LEFT + (RIGHT - LEFT) * (m * 60.0 / span);
            String anchor = tx > RIGHT - 20 ? "end" : m == 0 ? "start" : "middle";
            out.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"%s\" text-anchor=\"%s\">%s</text>%n",
                    tx,
                    BOTTOM + 14,
                    QUIET,
                    anchor,
                    m == 0 || step < 60 ? m + " min" : m / 60 + " h"));
        }
    }

    /** Minutes between the time axis's labels: at most about five of them, in round numbers, hours when long. */
    static long tickMinutes(long spanSeconds) {
        long minutes = spanSeconds / 60;
        for (long step : new long[] {1, 2, 5, 10, 15, 30, 60, 120, 240, 360, 720, 1440}) {
            if (minutes / step <= 5) {
                return step;
            }
        }
        return (minutes / 5 / 1440 + 1) * 1440;
    }

    private static void heat(
            StringBuilder out, SessionSummary s, Function<Instant, Double> x, Map<String, String> colours) {
        Map<String, List<double[]>> byMember = new LinkedHashMap<>();
        for (SessionSummary.HeatPoint h : s.heat()) {
            double y = BOTTOM - (BOTTOM - TOP) * Math.min(100, h.percent()) / 100.0;
            byMember.computeIfAbsent(h.memberId(), k -> new ArrayList<>()).add(new double[] {x.apply(h.at()), y});
        }
        byMember.forEach((member, points) -> {
            String colour = colours.get(member);
            if (points.size() > 1) {
                out.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"")
                        .append(colour)
                        .append("\" points=\"");
                points.forEach(p -> out.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1])));
                out.append("\"/>\n");
            }
            points.forEach(p -> out.append(String.format(
                    Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", p[0], p[1], colour)));
        });
    }

    private static void links(StringBuilder out, SessionSummary s, Function<Instant, Double> x) {
        for (SessionSummary.Rupture r : s.ruptures()) {
            double from = x.apply(r.at());
            out.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %d l-5 -8 h10 z\" fill=\"%s\"><title>Rupture: %s</title></path>\n",
                    from,
                    TOP,
                    RUPTURE,
                    String.join(
                            ", ",
                            r.kinds().stream().map(k -> words(k.wireName())).toList())));
            if (r.repaired()) {
                double to = x.apply(r.repairedAt());
                double mid = (from + to) / 2;
                out.append(String.format(
                        Locale.ROOT,
                        "<path d=\"M%.1f %d Q%.1f %d %.1f %d\" fill=\"none\" stroke=\"%s\" stroke-dasharray=\"3 2\"/>\n",
                        from,
                        TOP - 8,
                        mid,
                        TOP - 22,
                        to,
                        TOP - 8,
                        REPAIR));
                out.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"><title>Repaired: %s, after %s</title>"
                                + "</circle>\n",
                        to,
                        TOP - 4,
                        REPAIR,
                        words(r.repairedBy().wireName()),
                        minutes(r.timeToRepair().orElseThrow())));
            }
        }
    }

    private static void alertMarks(StringBuilder out, SessionSummary s, Function<Instant, Double> x) {
        for (SessionSummary.AlertWait a : s.alerts()) {
            double ax = x.apply(a.at());
            out.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %d l6 6 l-6 6 l-6 -6 z\" fill=\"#7c2d12\"><title>Safety alert</title></path>\n",
                    ax,
                    BOTTOM - 14));
        }
    }

    /** What the marks mean, under the time axis. */
    private static void legend(StringBuilder out) {
        int y = BOTTOM + 36;
        out.append(String.format(
                Locale.ROOT,
                "<path d=\"M%d %d l-5 -8 h10 z\" fill=\"%s\"/>%n<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/>%n"
                        + "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#dbeafe\"/>%n"
                        + "<path d=\"M%d %d l6 6 l-6 6 l-6 -6 z\" fill=\"#7c2d12\"/>%n",
                LEFT + 5,
                y,
                RUPTURE,
                LEFT + 80,
                y - 4,
                REPAIR,
                LEFT + 150,
                y - 9,
                LEFT + 216,
                y - 10));
        text(out, LEFT + 14, y, 10, QUIET, "normal", "rupture");
        text(out, LEFT + 89, y, 10, QUIET, "normal", "its repair");
        text(out, LEFT + 164, y, 10, QUIET, "normal", "pause");
        text(out, LEFT + 226, y, 10, QUIET, "normal", "safety alert");
    }

    private static void talk(
            StringBuilder out, SessionSummary s, Function<String, String> nameOf, Map<String, String> colours) {
        text(out, 6, BAR_TOP - 14, 13, INK, "bold", "Who spoke");
        long most =
                s.talk().stream().mapToLong(t -> t.talkTime().toSeconds()).max().orElse(0);
        int y = BAR_TOP;
        for (TalkStats.Share t : s.talk()) {
            String name = nameOf.apply(t.memberId());
            text(out, 6, y + 10, 12, INK, "normal", name.length() > 16 ? name.substring(0, 15) + "…" : name);
            double w = most == 0 ? 2 : Math.max(2, 200.0 * t.talkTime().toSeconds() / most);
            out.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"120\" y=\"%d\" width=\"%.1f\" height=\"10\" rx=\"3\" fill=\"%s\"/>%n",
                    y + 1,
                    w,
                    colours.getOrDefault(t.memberId(), QUIET)));
            text(out, 6, y + 26, 11, QUIET, "normal", talkLine(t));
            y += BAR_STEP;
        }
        if (s.talk().isEmpty()) {
            text(out, 6, y + 10, 12, QUIET, "normal", "Nobody spoke in this session.");
        }
    }

    private static void text(StringBuilder out, double x, double y, int size, String fill, String weight, String s) {
        out.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" font-weight=\"%s\">",
                        x,
                        y,
                        size,
                        fill,
                        weight))
                .append(escape(s))
                .append("</text>\n");
    }

    /** A member's share in a few words; turns and time at the floor only where the protocol gave turns. */
    static String talkLine(TalkStats.Share t) {
        String said = count(t.messages(), "message") + ", " + count(t.words(), "word");
        if (t.turns() == 0 && t.talkTime().isZero()) {
            return said;
        }
        return count(t.turns(), "turn") + ", " + said + ", " + minutes(t.talkTime()) + " at the floor";
    }

    static String ruptures(SessionSummary s) {
        if (s.ruptures().isEmpty()) {
            return "No rupture.";
        }
        String median =
                s.medianTimeToRepair().map(d -> " (median " + minutes(d) + ")").orElse("");
        return count(s.ruptures().size(), "rupture") + ", " + s.repaired() + " repaired" + median + ".";
    }

    static String alerts(SessionSummary s, Instant now) {
        if (s.alerts().isEmpty()) {
            return "No safety alert.";
        }
        long waiting =
                s.alerts().stream().filter(a -> a.acknowledgedAt() == null).count();
        Duration longest = s.alerts().stream()
                .map(a -> a.waited(now))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
        return count(s.alerts().size(), "safety alert") + (waiting > 0 ? ", " + waiting + " not yet acknowledged" : "")
                + "; the longest waited " + minutes(longest) + ".";
    }

    static String ratio(SessionSummary s) {
        return s.ratio()
                .map(r -> String.format(Locale.ROOT, "Positive to negative %.1f : 1", r) + " (" + s.positive() + " to "
                        + s.negative() + ").")
                .orElse(count(s.positive(), "positive moment") + ", no message with heat signals.");
    }

    static String minutes(Duration d) {
        long m = d.toMinutes();
        long sec = d.toSecondsPart();
        if (m >= 90) {
            return m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min");
        }
        return m == 0 ? sec + " s" : m + " min" + (sec >= 30 && m < 10 ? " " + sec + " s" : "");
    }

    private static String words(String wireName) {
        return wireName.replace('_', ' ');
    }
}
