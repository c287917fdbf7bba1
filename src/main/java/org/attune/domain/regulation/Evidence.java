package org.attune.domain.regulation;

import java.util.ArrayList;
import java.util.List;

/**
 * What a signal or a safety concern is, with the words that showed it, as an
 * event stores it: one "kind, tab, words" line each.
 */
public record Evidence(String kind, String words) {

    public static Evidence of(EscalationDetector.Finding f) {
        return new Evidence(f.signal().wireName(), f.words());
    }

    public static Evidence of(SafetyScreen.Concern c) {
        return new Evidence(c.concern().wireName(), c.words());
    }

    /** The stored form; words lose tabs and line breaks and are cut to fit. */
    public static String encode(List<Evidence> items) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : items) {
            String words = e.words().replaceAll("[\\t\\r\\n]+", " ");
            if (words.length() > 200) {
                words = words.substring(0, 200) + "…";
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(e.kind()).append('\t').append(words);
        }
        return out.toString();
    }

    public static List<Evidence> decode(String stored) {
        List<Evidence> out = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return out;
        }
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            out.add(tab < 0 ? new Evidence(line, "") : new Evidence(line.substring(0, tab), line.substring(tab + 1)));
        }
        return out;
    }
}
