package org.attune.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.attune.domain.Language;
import org.attune.domain.Words;

/**
 * What the mails share: their sentences, said by key ({@code mail.} in the
 * bundles of {@link Words}) in the mail's language; the practice's name, or
 * "your practice" in that language when the practice gave none; and a moment
 * written the same way in every language, {@code 2026-11-28 10:00 UTC}, which
 * needs nobody's time zone.
 */
final class MailWords {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Language language;

    MailWords(Language language) {
        this.language = language == null ? Language.ENGLISH : language;
    }

    String say(String key) {
        return Words.render(key, Map.of(), language);
    }

    String say(String key, Map<String, ?> values) {
        return Words.render(key, values, language);
    }

    /** "in about 3 minutes": a key's one or other form, as the count asks in the mail's language. */
    String count(String key, long count) {
        return Words.plural(key, count, Map.of(), language);
    }

    /** The practice's name as it gave it, or "your practice" in the mail's language. */
    static Object practice(String name) {
        return name == null || name.isBlank() ? Words.phrase("mail.your-practice") : name;
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    /** The last line of every mail to the practice: what it leaves out, and why. */
    String privately() {
        return say("mail.private");
    }
}
