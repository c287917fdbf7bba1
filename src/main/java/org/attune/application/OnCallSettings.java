package org.attune.application;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
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
 *     by default "your practice"
 * @param checkInWait {@code attune.checkin.wait-minutes} ({@code ATTUNE_CHECKIN_WAIT_MINUTES}, default 15): how
 *     long a guided room's check-in waits for everyone before a therapist, or the first on-call contact, is told;
 *     {@code attune.checkin.wait-seconds} ({@code ATTUNE_CHECKIN_WAIT_SECONDS}), when set, overrides it in seconds
 *     (for tests)
 */
public record OnCallSettings(
        List<String> contacts, Duration escalateAfter, String publicUrl, String practice, Duration checkInWait) {

    static final String CONTACTS = "attune.oncall.contacts";
    static final String ESCALATE_MINUTES = "attune.alert.escalate-minutes";
    static final String ESCALATE_SECONDS = "attune.alert.escalate-seconds";
    static final String PUBLIC_URL = "attune.public-url";
    static final String PRACTICE = "attune.practice.name";
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
                practice == null ? "your practice" : practice,
                checkInWait);
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
