package org.attune.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.attune.application.Settings;
import org.attune.domain.Words;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Signs the person out: closes every live socket they hold, ends the app's
 * session, and ends their Keycloak session, which brings them back to the
 * start page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    SignOut signOut;

    @Inject
    Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        String idToken =
                request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                        ? oidc.getOidcSecurityContext().getIDTokenString()
                        : null;
        signOut.endHere(request, Words.phrase("farewell.signed-out"));
        String endSession = settings.oidcProviderUrl()
                + "/protocol/openid-connect/logout?client_id="
                + encode(settings.oidcClientId())
                + "&post_logout_redirect_uri=" + encode(home)
                + (idToken != null ? "&id_token_hint=" + encode(idToken) : "");
        response.sendRedirect(endSession);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
