package org.attune.application;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.attune.domain.Language;
import org.attune.domain.room.AlertPolicy;

/**
 * How the practice answers safety alerts that nobody in the room answers, as
 * {@link Settings} read it ({@code practice.cli} sets the properties from the
 * environment).
 *
 * @param contacts {@code attune.oncall.contacts} ({@code ATTUNE_ONCALL_CONTACTS}): the on-call contacts' mail
 *     addresses, comma-separated, in the order they are told; none by default
 * @param escalateAfter {@code attune.alert.escalate-minutes} ({@code ATTUNE_ALERT_ESCALATE_MINUTES}, default 10):
 *     how long an alert waits for an acknowledgement before the next contact is told; {@code
 *     attune.alert.escalate-seconds} ({@code ATTUNE_ALERT_ESCALATE_SECONDS}), when set, overrides it in seconds
 *     (for tests)
 * @param publicUrl {@code attune.public-url} ({@code ATTUNE_PUBLIC_URL}): where people reach Attune, for the link
 *     in the mail; by default the first allowed origin
 * @param practice {@code attune.practice.name} ({@code ATTUNE_PRACTICE_NAME}): the practice's name in the mail;
 *     empty by default, and the mail says "your practice" in its language
 * @param checkInWait {@code attune.checkin.wait-minutes} ({@code ATTUNE_CHECKIN_WAIT_MINUTES}, default 15): how
 *     long a guided room's check-in waits for everyone before a therapist, or the first on-call contact, is told;
 *     {@code attune.checkin.wait-seconds} ({@code ATTUNE_CHECKIN_WAIT_SECONDS}), when set, overrides it in seconds
 *     (for tests)
 * @param language {@code attune.practice.language} ({@code ATTUNE_PRACTICE_LANGUAGE}): the language of the mail
 *     to the on-call contacts, {@code en} (the default) or {@code fr}; anything else refuses to start Attune
 *     ({@link #problem})
 */
public record OnCallSettings(
        List<String> contacts,
        Duration escalateAfter,
        String publicUrl,
        String practice,
        Duration checkInWait,
        Language language) {

    static final String CONTACTS = "attune.oncall.contacts";
    static final String ESCALATE_MINUTES = "attune.alert.escalate-minutes";
    static final String ESCALATE_SECONDS = "attune.alert.escalate-seconds";
    static final String PUBLIC_URL = "attune.public-url";
    static final String PRACTICE = "attune.practice.name";
    static final String LANGUAGE = "attune.practice.language";
    static final String CHECK_IN_WAIT_MINUTES = "attune.checkin.wait-minutes";
    static final String CHECK_IN_WAIT_SECONDS = "attune.checkin.wait-seconds";

    public OnCallSettings {
        contacts = List.copyOf(contacts);
    }

    /** Reads the settings by their property names; {@code number} reads a number, or gives the fallback. */
    static OnCallSettings read(
            Function<String, String> source, BiFunction<String, Long, Long> number, List<String> allowedOrigins) {
        Duration escalateAfter = wait(number, ESCALATE_MINUTES, ESCALATE_SECONDS, 10);
        Duration checkInWait = wait(number, CHECK_IN_WAIT_MINUTES, CHECK_IN_WAIT_SECONDS, 15);
        String listed = source.apply(CONTACTS);
        List<String> contacts = listed == null
                ? List.of()
                : Arrays.stream(listed.split(","))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
        String url = blankToNull(source.apply(PUBLIC_URL));
        if (url == null) {
            url = allowedOrigins.isEmpty() ? "http://localhost:8080" : allowedOrigins.get(0);
        }
        String practice = blankToNull(source.apply(PRACTICE));
        return new OnCallSettings(
                contacts,
                escalateAfter,
                url.replaceAll("/+$", ""),
                practice == null ? "" : practice,
                checkInWait,
                language(source.apply(LANGUAGE)).orElse(Language.ENGLISH));
    }

    /**
     * What is wrong with the practice's language as given: anything but
     * {@code en} or {@code fr} (in any case, spaces around), rather than mail
     * the on-call contacts in a language the practice did not mean.
     */
    static Optional<String> problem(Function<String, String> source) {
        String given = source.apply(LANGUAGE);
        return language(given).isPresent()
                ? Optional.empty()
                : Optional.of("ATTUNE_PRACTICE_LANGUAGE (" + LANGUAGE + ") is \"" + given.strip()
                        + "\": set it to en (English) or fr (French), the language of the on-call mail,"
                        + " or leave it unset for English.");
    }

    /** The language a setting names; English when it is not set; empty when it names no language Attune speaks. */
    private static Optional<Language> language(String given) {
        if (given == null || given.isBlank()) {
            return Optional.of(Language.ENGLISH);
        }
        String tag = given.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Language.values())
                .filter(l -> l.wireName().equals(tag))
                .findFirst();
    }

    /** A wait in whole minutes (at least one), unless a positive number of seconds overrides it (for tests). */
    private static Duration wait(BiFunction<String, Long, Long> number, String minutes, String seconds, long fallback) {
        long inSeconds = number.apply(seconds, 0L);
        return Duration.ofSeconds(inSeconds > 0 ? inSeconds : Math.max(1, number.apply(minutes, fallback)) * 60);
    }

    /** What the room decides by: how many contacts, and how long each has. */
    public AlertPolicy policy() {
        return new AlertPolicy(contacts.size(), escalateAfter, checkInWait);
    }

    /** The link to a room, for the mail: the page opens it for a member, or shows the alert to a clinician. */
    public String roomLink(String roomId) {
        return publicUrl + "/?room=" + roomId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
