package org.attune.interfaces.rest;

import static org.attune.interfaces.rest.TranscriptRenderer.escape;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.attune.domain.Language;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.TalkStats;

/**
 * A sitting as a picture for its therapists: the heat of each person's
 * messages over the session's minutes, the time-outs as bands, each rupture
 * linked to the repair that closed it, safety alerts, and below it who spoke
 * for how long. A standalone SVG with its own title and a description in
 * words for screen readers ({@link SessionWords}), in the reader's language;
 * every name is escaped, and it holds nobody's words.
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

    private SessionChart() {}

    /** The sitting in a few sentences, in English. */
    static String describe(SessionSummary s, Function<String, String> nameOf, Instant now) {
        return describe(s, nameOf, now, Language.ENGLISH);
    }

    /** The sitting in a few sentences, as the chart's description and in a text transcript. */
    static String describe(SessionSummary s, Function<String, String> nameOf, Instant now, Language language) {
        return SessionWords.describe(s, nameOf, now, DocumentWords.in(language));
    }

    /** The picture, in English. */
    static String svg(SessionSummary s, Function<String, String> nameOf, Instant now) {
        return svg(s, nameOf, now, Language.ENGLISH);
    }

    static String svg(SessionSummary s, Function<String, String> nameOf, Instant now, Language language) {
        DocumentWords w = DocumentWords.in(language);
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
        out.append("<title id=\"").append(id).append("-title\">");
        out.append(escape(w.say("document.chart.title", "number", s.number())));
        out.append("</title>\n<desc id=\"").append(id).append("-desc\">");
        out.append(escape(SessionWords.describe(s, nameOf, now, w))).append("</desc>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        String heading = s.practice() == null
                ? w.say("document.chart.heading", "number", s.number(), "day", w.day(s.startedAt()))
                : w.say("document.chart.heading.practice", "number", s.number(), "day", w.day(s.startedAt()));
        text(out, 6, 20, 14, INK, "bold", heading);
        text(out, 6, 38, 12, INK, "normal", SessionWords.length(s, now, w) + ". " + SessionWords.ruptures(s, w));
        text(out, 6, 54, 12, INK, "normal", SessionWords.alerts(s, now, w));
        text(out, 6, 70, 12, INK, "normal", SessionWords.ratio(s, w));
        pauses(out, s, x, w);
        axes(out, span, w);
        heat(out, s, x, colours);
        links(out, s, x, w);
        alertMarks(out, s, x, w);
        legend(out, w);
        talk(out, s, nameOf, colours, w);
        return out.append("</svg>\n").toString();
    }

    private static Map<String, String> colours(SessionSummary s) {
        Map<String, String> colours = new LinkedHashMap<>();
        s.talk().forEach(t -> colours.putIfAbsent(t.memberId(), COLOURS[colours.size() % COLOURS.length]));
        s.heat().forEach(h -> colours.putIfAbsent(h.memberId(), COLOURS[colours.size() % COLOURS.length]));
        return colours;
    }

    private static void pauses(StringBuilder out, SessionSummary s, Function<Instant, Double> x, DocumentWords w) {
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
            text(out, from + 3, TOP + 12, 10, "#1e3a8a", "normal", w.say("document.chart.pause"));
        }
    }

    private static void axes(StringBuilder out, long span, DocumentWords w) {
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
        text(out, 4, TOP - 12, 10, QUIET, "normal", w.say("document.chart.heat"));
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

    private static void links(StringBuilder out, SessionSummary s, Function<Instant, Double> x, DocumentWords w) {
        for (SessionSummary.Rupture r : s.ruptures()) {
            double from = x.apply(r.at());
            out.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %d l-5 -8 h10 z\" fill=\"%s\"><title>%s</title></path>\n",
                    from,
                    TOP,
                    RUPTURE,
                    escape(w.say(
                            "document.chart.rupture",
                            "kinds",
                            String.join(
                                    ", ",
                                    r.kinds().stream()
                                            .map(k -> w.word("document.rupture.", k.wireName()))
                                            .toList())))));
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
                        "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"><title>%s</title></circle>\n",
                        to,
                        TOP - 4,
                        REPAIR,
                        escape(w.say(
                                "document.chart.repaired",
                                "how",
                                w.word("document.repair.", r.repairedBy().wireName()),
                                "time",
                                minutes(r.timeToRepair().orElseThrow())))));
            }
        }
    }

    private static void alertMarks(StringBuilder out, SessionSummary s, Function<Instant, Double> x, DocumentWords w) {
        for (SessionSummary.AlertWait a : s.alerts()) {
            double ax = x.apply(a.at());
            out.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %d l6 6 l-6 6 l-6 -6 z\" fill=\"#7c2d12\"><title>%s</title></path>\n",
                    ax,
                    BOTTOM - 14,
                    escape(w.say("document.chart.safety-alert"))));
        }
    }

    /** What the marks mean, under the time axis. */
    private static void legend(StringBuilder out, DocumentWords w) {
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
        text(out, LEFT + 14, y, 10, QUIET, "normal", w.say("document.chart.legend.rupture"));
        text(out, LEFT + 89, y, 10, QUIET, "normal", w.say("document.chart.legend.repair"));
        text(out, LEFT + 164, y, 10, QUIET, "normal", w.say("document.chart.pause"));
        text(out, LEFT + 226, y, 10, QUIET, "normal", w.say("document.chart.legend.alert"));
    }

    private static void talk(
            StringBuilder out,
            SessionSummary s,
            Function<String, String> nameOf,
            Map<String, String> colours,
            DocumentWords w) {
        text(out, 6, BAR_TOP - 14, 13, INK, "bold", w.say("document.transcript.who-spoke"));
        long most =
                s.talk().stream().mapToLong(t -> t.talkTime().toSeconds()).max().orElse(0);
        int y = BAR_TOP;
        for (TalkStats.Share t : s.talk()) {
            String name = nameOf.apply(t.memberId());
            text(out, 6, y + 10, 12, INK, "normal", name.length() > 16 ? name.substring(0, 15) + "…" : name);
            double bar = most == 0 ? 2 : Math.max(2, 200.0 * t.talkTime().toSeconds() / most);
            out.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"120\" y=\"%d\" width=\"%.1f\" height=\"10\" rx=\"3\" fill=\"%s\"/>%n",
                    y + 1,
                    bar,
                    colours.getOrDefault(t.memberId(), QUIET)));
            text(out, 6, y + 26, 11, QUIET, "normal", SessionWords.talkLine(t, w));
            y += BAR_STEP;
        }
        if (s.talk().isEmpty()) {
            text(out, 6, y + 10, 12, QUIET, "normal", w.say("document.chart.nobody-spoke"));
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

    /** "45 s", "7 min 40 s", "2 h 30 min". */
    static String minutes(Duration d) {
        return SessionWords.minutes(d);
    }
}
