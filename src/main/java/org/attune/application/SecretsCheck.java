package org.attune.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Function;

/**
 * Refuses to start Attune, before anything else starts, with a client secret
 * or a database password that is missing or still the development value: the
 * development values are public, in this repository. The deployment fails with
 * a message that names each variable to set. The development and test
 * commands set {@code ATTUNE_PROFILE=development} and bring their own secrets.
 * In any profile, it also refuses an SMTP login given by half, and a practice
 * language Attune does not speak ({@link Settings#secretProblems}).
 */
@ApplicationScoped
public class SecretsCheck {

    @Inject
    Settings settings;

    void refuseDevelopmentSecrets(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
        if (!settings.secretProblems().isEmpty()) {
            throw new IllegalStateException("Attune will not start: "
                    + String.join(" ", settings.secretProblems())
                    + " (The development and test commands, with ATTUNE_PROFILE=development, bring development"
                    + " secrets of their own.)");
        }
    }

    /** What is wrong with one secret, as a sentence that names its variable (never its value); empty when nothing is. */
    static Optional<String> problem(
            Function<String, String> environment, String variable, String developmentValue, String what) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            return Optional.of("Set " + variable + " to " + what + "; it is not set.");
        }
        if (value.equals(developmentValue)) {
            return Optional.of(variable + " is still the development value, which is public: set it to " + what + ".");
        }
        return Optional.empty();
    }
}
