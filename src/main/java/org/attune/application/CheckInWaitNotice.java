package org.attune.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What the practice's first on-call contact is told when a guided room's
 * check-in after a time-out waits for someone who has not come back, and no
 * therapist of the room is here: the practice, the link to the room, and when
 * the check-in opened. Never a name or a word of the conversation, and
 * nothing about anyone's state: a mail may be read over a shoulder.
 */
public record CheckInWaitNotice(String practice, String roomLink, Instant checkInOpened) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String subject() {
        return "Attune: a room's check-in after a time-out waits for someone (" + practice + ")";
    }

    public String body() {
        return "A guided room of " + practice + " took a time-out. Its check-in opened at "
                + TIME.format(checkInOpened) + " and still waits for someone: the room goes on only with everyone.\n\n"
                + "Open the room to see who has checked in, and resume it when that is right:\n"
                + roomLink + "\n\n"
                + "This mail holds no words of the conversation and no names, to keep them private.\n";
    }
}
