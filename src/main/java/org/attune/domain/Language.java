package org.attune.domain;

import java.util.Locale;

/**
 * A language Attune speaks to people in. Anything it cannot place is English,
 * the language every word is written in first.
 */
public enum Language implements WireNamed {
    ENGLISH("en"),
    FRENCH("fr");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    @Override
    public String wireName() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code fr}, {@code fr-CA} or {@code FR_fr}; English when none is known. */
    public static Language fromTag(String tag) {
        return known(tag) != null ? known(tag) : ENGLISH;
    }

    /**
     * The language a request asks for: its {@code lang} parameter when it has
     * one ({@code en}, {@code fr}; read as {@link #fromTag} reads a tag), else
     * its {@code Accept-Language} header, else English. The live socket and the
     * documents the API writes (transcripts, exports, session pictures) read it
     * alike, so a page can name its own language whatever the browser's.
     */
    public static Language fromRequest(String lang, String acceptLanguage) {
        return lang != null && !lang.isBlank() ? fromTag(lang) : fromAcceptLanguage(acceptLanguage);
    }

    /**
     * The first language of an {@code Accept-Language} header that Attune speaks,
     * by the order of preference its q-values give (the header's order among
     * equals); English when it names none.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        Language best = null;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            Language language = known(parts[0]);
            double q = quality(parts);
            if (language != null && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best != null ? best : ENGLISH;
    }

    private static Language known(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(primary)) {
                return language;
            }
        }
        return null;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
