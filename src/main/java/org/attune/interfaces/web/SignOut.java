package org.attune.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.application.SignOuts;
import org.attune.application.Transactions;
import org.attune.application.live.CloseCodes;
import org.attune.domain.Words;
import org.attune.interfaces.live.LiveSockets;
import org.attune.security.CallerResolver;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Ends a person's sign-in: closes every live socket they hold and ends the
 * app's session. {@link #endEverywhere} also ends their Keycloak session from
 * the server (OpenID Connect back-channel logout with the session's refresh
 * token), for when the browser is already on its way elsewhere and cannot
 * follow a redirect to Keycloak.
 */
@ApplicationScoped
public class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    @Inject
    LiveSockets sockets;

    @Inject
    SignOuts signOuts;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    /**
     * Closes the person's sockets with {@code reason}, and ends the app's
     * session. The sign-out is also recorded for the other servers, which close
     * the sockets the person opened on them before now; if the database cannot
     * be reached, the person is still signed out here.
     */
    public void endHere(HttpServletRequest request, Words.Phrase reason) throws ServletException {
        CallerResolver.fromPrincipal(request.getUserPrincipal()).ifPresent(caller -> {
            sockets.closeAllOf(caller.id(), CloseCodes.POLICY, reason);
            Instant now = clock.instant();
            try {
                tx.inNewTransaction(() -> {
                    signOuts.record(caller.id(), now);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not tell the other servers of a sign-out: {0}", e.toString());
            }
        });
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
    }

    /**
     * Ends the person's Keycloak session first, then signs them out here. The
     * app's sign-out does not wait on Keycloak's answer being a success: if
     * Keycloak cannot be reached, the person is still signed out of Attune.
     */
    public void endEverywhere(HttpServletRequest request, Words.Phrase reason) throws ServletException {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
                && oidc.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context
                && context.getRefreshToken() != null) {
            try {
                context.logout(context.getOidcClientConfiguration());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not end a Keycloak session from the server: {0}", e.toString());
            }
        }
        endHere(request, reason);
    }
}
