package org.attune.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's words in one language, read from its bundle ({@code src/main/webapp/i18n/en.json}
 * or {@code fr.json}) and filled as {@code js/i18n.js} fills them: {@code {name}} takes its
 * value, a text with plural forms is chosen by {@code {count}}, and in French "de", "que" and
 * "jusque" elide before a value that starts with a vowel ("le tour d’Alex"). A browser test
 * that expects these texts reads them here, so that it never spells the page's words itself.
 */
public final class Bundles {

    private static final Path DIRECTORY = Path.of("src/main/webapp/i18n");
    private static final Pattern NAME = Pattern.compile("\\{(\\w+)}");
    private static final Pattern ELISION = Pattern.compile("\\b(d|qu|jusqu)e $", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOWEL = Pattern.compile("^[aeiouyàâäéèêëîïôöùûü]", Pattern.CASE_INSENSITIVE);

    private final String language;
    private final JsonObject texts;

    private Bundles(String language) {
        this.language = language;
        try (Reader reader = Files.newBufferedReader(DIRECTORY.resolve(language + ".json"), StandardCharsets.UTF_8);
                var json = Json.createReader(reader)) {
            this.texts = json.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Bundles english() {
        return new Bundles("en");
    }

    public static Bundles french() {
        return new Bundles("fr");
    }

    /** The language's code, as the page puts it in {@code <html lang>}. */
    public String language() {
        return language;
    }

    /** The text of {@code key}, its names filled from pairs of name and value: {@code t("x", "name", "Sam")}. */
    public String t(String key, Object... namesAndValues) {
        return fill(text(key, namesAndValues), values(namesAndValues), false);
    }

    /**
     * The text of {@code key} up to its first name not given a value: what a test can expect
     * of a sentence whose end (a time, an exercise) it does not know.
     */
    public String start(String key, Object... namesAndValues) {
        return fill(text(key, namesAndValues), values(namesAndValues), true);
    }

    /**
     * A text as a test compares it: every kind of space as a plain one. French puts a
     * no-break space before its colons and question marks and inside its quotation marks,
     * and WebDriver gives an element's text with plain spaces.
     */
    public static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private String text(String key, Object... namesAndValues) {
        JsonValue value = texts.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No text for \"" + key + "\" in " + language + ".json");
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        JsonObject forms = value.asJsonObject();
        Object count = values(namesAndValues).get("count");
        if (count == null) {
            throw new IllegalArgumentException("\"" + key + "\" has plural forms: give it a count");
        }
        String form = isOne(Double.parseDouble(String.valueOf(count))) ? "one" : "other";
        return forms.containsKey(form) ? forms.getString(form) : forms.getString("other");
    }

    /** The plural rule of the language, for whole numbers: English says "1 minute", French "0 minute" too. */
    private boolean isOne(double count) {
        return "fr".equals(language) ? count >= 0 && count < 2 : count == 1;
    }

    private static Map<String, String> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs");
        }
        var values = new java.util.HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return values;
    }

    private String fill(String text, Map<String, String> values, boolean stopAtUnknown) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            String before = text.substring(last, name.start());
            String value = values.get(name.group(1));
            if (value == null && stopAtUnknown) {
                return out.append(before).toString();
            }
            if (value == null) {
                value = name.group();
            }
            if ("fr".equals(language) && VOWEL.matcher(value).find()) {
                before = ELISION.matcher(before).replaceFirst("$1’");
            }
            out.append(before).append(value);
            last = name.end();
        }
        return out.append(text.substring(last)).toString();
    }
}
