package org.attune.application;

/** The way out to the practice's on-call contacts: one plain-text mail to one address. */
public interface OnCallMail {

    /**
     * Sends a mail, or throws when the mail server refused it or could not be
     * reached.
     */
    void send(String to, String subject, String body) throws Exception;
}
