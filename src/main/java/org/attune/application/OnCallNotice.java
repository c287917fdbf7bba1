package org.attune.application;

import java.time.Instant;
import java.util.Map;
import org.attune.domain.Language;

/**
 * What an on-call contact is told of a safety alert that waits: the practice,
 * that an alert waits in a room, the link to the room, when it was raised, and
 * who comes after them. Never a word of the conversation or anyone's name: a
 * mailbox is not a clinical record, and a mail may be read over a shoulder.
 * Said in the practice's language ({@code attune.practice.language}).
 *
 * @param practice the practice's name; blank for "your practice"
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
        Instant next,
        Language language) {

    public String subject() {
        return words().say("mail.on-call.subject", Map.of("practice", MailWords.practice(practice)));
    }

    public String body() {
        MailWords w = words();
        return w.say("mail.on-call.waits", Map.of("practice", MailWords.practice(practice))) + "\n\n"
                + w.say("mail.on-call.raised-at", Map.of("time", MailWords.time(raisedAt))) + "\n"
                + w.say("mail.on-call.alert-number", Map.of("alert", alert)) + "\n\n"
                + w.say("mail.on-call.open-room") + "\n"
                + roomLink + "\n\n"
                + w.say("mail.on-call.acknowledge-with") + "\n"
                + "POST " + acknowledgeUrl + "\n\n"
                + w.say("mail.on-call.contact", Map.of("level", level, "contacts", contacts)) + " "
                + (next == null
                        ? w.say("mail.on-call.last")
                        : w.say("mail.on-call.next", Map.of("time", MailWords.time(next))))
                + "\n\n" + w.privately() + "\n";
    }

    private MailWords words() {
        return new MailWords(language);
    }
}
