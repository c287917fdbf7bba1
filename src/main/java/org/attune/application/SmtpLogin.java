package org.attune.application;

import java.util.Optional;
import java.util.function.Function;

/**
 * The login Attune gives the practice's SMTP relay, when it asks for one
 * (most hosted relays do): {@code ATTUNE_SMTP_USER} and {@code
 * ATTUNE_SMTP_PASSWORD}, read from the environment like the other secrets.
 * Both or neither: one without the other refuses to start Attune, rather than
 * let a safety alert's mail fail on the day it matters. Without them, Attune
 * sends without a login, to a relay that accepts its host.
 */
public record SmtpLogin(String user, String password) {

    static final String USER = "ATTUNE_SMTP_USER";
    static final String PASSWORD = "ATTUNE_SMTP_PASSWORD";

    /** The login, when both are given. */
    public static Optional<SmtpLogin> read(Function<String, String> environment) {
        String user = given(environment.apply(USER));
        String password = given(environment.apply(PASSWORD));
        return user == null || password == null ? Optional.empty() : Optional.of(new SmtpLogin(user, password));
    }

    /** What is wrong with the login as given: one of the two without the other. */
    static Optional<String> problem(Function<String, String> environment) {
        boolean user = given(environment.apply(USER)) != null;
        boolean password = given(environment.apply(PASSWORD)) != null;
        return user == password
                ? Optional.empty()
                : Optional.of("Set both " + USER + " and " + PASSWORD
                        + " (the on-call mail's login to the SMTP relay), or neither; only "
                        + (user ? USER : PASSWORD) + " is set.");
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Never the password, in a log or a message. */
    @Override
    public String toString() {
        return "SmtpLogin[user=" + user + "]";
    }
}
