package org.attune.application;

import java.time.Instant;
import java.util.Map;
import org.attune.domain.Language;

/**
 * What the practice's first on-call contact is told when a guided room's
 * check-in after a time-out waits for someone who has not come back, and no
 * therapist of the room is here: the practice, the link to the room, and when
 * the check-in opened. Never a name or a word of the conversation, and
 * nothing about anyone's state: a mail may be read over a shoulder. Said in
 * the practice's language ({@code attune.practice.language}).
 *
 * @param practice the practice's name; blank for "your practice"
 */
public record CheckInWaitNotice(String practice, String roomLink, Instant checkInOpened, Language language) {

    public String subject() {
        return words().say("mail.check-in.subject", Map.of("practice", MailWords.practice(practice)));
    }

    public String body() {
        MailWords w = words();
        return w.say("mail.check-in.time-out", Map.of("practice", MailWords.practice(practice))) + " "
                + w.say("mail.check-in.waits", Map.of("time", MailWords.time(checkInOpened))) + "\n\n"
                + w.say("mail.check-in.open-room") + "\n"
                + roomLink + "\n\n"
                + w.privately() + "\n";
    }

    private MailWords words() {
        return new MailWords(language);
    }
}
