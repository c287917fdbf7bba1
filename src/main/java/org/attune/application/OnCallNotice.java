package org.attune.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What an on-call contact is told of a safety alert that waits: the practice,
 * that an alert waits in a room, the link to the room, when it was raised, and
 * who comes after them. Never a word of the conversation or anyone's name: a
 * mailbox is not a clinical record, and a mail may be read over a shoulder.
 *
 * @param next when the next contact is told, if nobody acknowledges it first; null for the last contact
 */
public record OnCallNotice(
        String practice,
        String roomLink,
        String acknowledgeUrl,
        long alert,
        Instant raisedAt,
        int level,
        int contacts,
        Instant next) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String subject() {
        return "Attune: a safety alert waits for a clinician (" + practice + ")";
    }

    public String body() {
        return "A safety alert waits for a clinician in a room of " + practice + ".\n\n"
                + "Raised at: " + TIME.format(raisedAt) + "\n"
                + "Alert number: " + alert + "\n\n"
                + "Open the room to read it, and acknowledge it there:\n"
                + roomLink + "\n\n"
                + "A therapist of the practice who is not a member of the room acknowledges it with\n"
                + "POST " + acknowledgeUrl + "\n\n"
                + "You are on-call contact " + level + " of " + contacts + ". "
                + (next == null
                        ? "You are the last on the list."
                        : "If nobody acknowledges it by " + TIME.format(next) + ", the next contact is told.")
                + "\n\nThis mail holds no words of the conversation and no names, to keep them private.\n";
    }
}
