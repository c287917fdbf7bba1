package org.attune.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.attune.application.Settings;
import org.attune.security.OriginPolicy;

/** The one origin policy of the server, from its allowed origins, for the API's filter and the live handshake. */
@ApplicationScoped
public class OriginPolicies {

    @Produces
    @Singleton
    OriginPolicy originPolicy(Settings settings) {
        return new OriginPolicy(settings.allowedOrigins());
    }
}
