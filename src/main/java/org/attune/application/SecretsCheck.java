package org.attune.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Refuses to start Attune, before anything else starts, with a client secret
 * or a database password that is missing or still the development value: the
 * development values are public, in this repository. The deployment fails with
 * a message that names each variable to set. The development and test
 * commands set {@code ATTUNE_PROFILE=development} and bring their own secrets.
 */
@ApplicationScoped
public class SecretsCheck {

    @Inject
    Settings settings;

    void refuseDevelopmentSecrets(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
        if (!settings.secretProblems().isEmpty()) {
            throw new IllegalStateException("Attune will not start: "
                    + String.join(" ", settings.secretProblems())
                    + " (Only the development and test commands run without, with ATTUNE_PROFILE=development.)");
        }
    }
}
