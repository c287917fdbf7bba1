package org.attune.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences Attune says to people, by key, in their language: read once
 * from {@code i18n/words.properties} (English, the base) and
 * {@code i18n/words_fr.properties}, both UTF-8. A sentence names its
 * dynamic parts, {@code {max}}, {@code {name}}, and gets them as values; a
 * value may itself be a {@link Phrase}, said in the same language.
 * A sentence that counts something has a form for each plural of the
 * language, {@code key.one} and {@code key.other} ({@link #plural}).
 * {@link java.text.MessageFormat} is not used: its quoting rules would eat
 * the apostrophes both languages are full of.
 */
public final class Words {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");
    private static final System.Logger LOG = System.getLogger(Words.class.getName());

    /** A key with its values, to be said in whichever language the listener reads. */
    public record Phrase(String key, Map<String, ?> values) {
        public Phrase {
            Objects.requireNonNull(key, "key");
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        }

        public String in(Language language) {
            return render(key, values, language);
        }
    }

    private Words() {}

    public static Phrase phrase(String key) {
        return new Phrase(key, Map.of());
    }

    public static Phrase phrase(String key, Map<String, ?> values) {
        return new Phrase(key, values);
    }

    /**
     * The sentence of {@code key} in {@code language}, English where it has no
     * translation. A key with no sentence at all is a mistake in the code: with
     * assertions on (as in the tests) it fails; otherwise it is logged and the
     * key itself is said.
     */
    public static String render(String key, Map<String, ?> values, Language language) {
        String pattern = Bundles.ALL.get(language).get(key);
        if (pattern == null) {
            pattern = Bundles.ALL.get(Language.ENGLISH).get(key);
        }
        if (pattern == null) {
            if (Words.class.desiredAssertionStatus()) {
                throw new IllegalStateException("No sentence for " + key);
            }
            LOG.log(System.Logger.Level.ERROR, "No sentence for {0}", key);
            return key;
        }
        return fill(pattern, values, language);
    }

    /**
     * The plural form a count takes in a language, {@code one} or {@code other}:
     * English says "1 minute" and "0 minutes", French "0 minute" and "1 minute"
     * alike (CLDR's rule for whole numbers: one for 0 and 1), and "2 minutes" both.
     */
    public static String pluralForm(long count, Language language) {
        long n = Math.abs(count);
        boolean one = language == Language.FRENCH ? n <= 1 : n == 1;
        return one ? "one" : "other";
    }

    /**
     * The sentence of {@code key.one} or {@code key.other}, as {@code count}
     * asks in {@code language} ({@link #pluralForm}), with {@code {count}} and
     * the other {@code values} filled.
     */
    public static String plural(String key, long count, Map<String, ?> values, Language language) {
        Map<String, Object> all = new java.util.HashMap<>(values == null ? Map.of() : values);
        all.put("count", count);
        return render(key + "." + pluralForm(count, language), all, language);
    }

    /** The sentence of {@code key}, which has no values, in English: for logs and the tests that read it. */
    public static String english(String key) {
        return render(key, Map.of(), Language.ENGLISH);
    }

    /** The keys that have a sentence in {@code language}'s own bundle. */
    public static Set<String> keys(Language language) {
        return Bundles.ALL.get(language).keySet();
    }

    /** The sentence of {@code key} as written in {@code language}'s own bundle, placeholders unfilled. */
    public static String pattern(String key, Language language) {
        return Bundles.ALL.get(language).get(key);
    }

    /** Before a value that starts with a vowel, French elides: "les messages d’Alex", never "de Alex". */
    private static final Pattern ELISION = Pattern.compile("\\b(d|qu|jusqu)e $", Pattern.CASE_INSENSITIVE);

    private static final Pattern VOWEL =
            Pattern.compile("^[aeiouyàâäéèêëîïôöùûü]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static String fill(String pattern, Map<String, ?> values, Language language) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            Object value = values == null ? null : values.get(m.group(1));
            String said;
            if (value instanceof Phrase p) {
                said = p.in(language);
            } else if (value != null) {
                said = String.valueOf(value);
            } else {
                said = m.group();
            }
            String before = pattern.substring(last, m.start());
            if (language == Language.FRENCH && VOWEL.matcher(said).find()) {
                before = ELISION.matcher(before).replaceFirst("$1’");
            }
            out.append(before).append(said);
            last = m.end();
        }
        return out.append(pattern, last, pattern.length()).toString();
    }

    /** Read once, on first use; the class loader makes that safe across threads. */
    private static final class Bundles {
        static final Map<Language, Map<String, String>> ALL = load();

        private static Map<Language, Map<String, String>> load() {
            Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
            all.put(Language.ENGLISH, read("i18n/words.properties"));
            all.put(Language.FRENCH, read("i18n/words_fr.properties"));
            return all;
        }

        private static Map<String, String> read(String resource) {
            Properties p = new Properties();
            try (InputStream in = Words.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + resource);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> sentences = new java.util.HashMap<>();
            p.stringPropertyNames().forEach(k -> sentences.put(k, p.getProperty(k)));
            return Map.copyOf(sentences);
        }
    }
}
