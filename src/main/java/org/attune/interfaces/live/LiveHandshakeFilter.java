package org.attune.interfaces.live;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.attune.application.RoomService;
import org.attune.domain.Language;
import org.attune.domain.Words;
import org.attune.domain.member.RoomAccess;
import org.attune.security.Caller;
import org.attune.security.CallerResolver;
import org.attune.security.OriginPolicy;

/**
 * Decides a live handshake before the upgrade: a foreign {@code Origin}, a
 * browser session that names no origin (only a client with a bearer token may
 * leave it out), or a caller who is not a member of the room gets 403; a
 * missing {@code attune.v1} subprotocol 400; and the socket is never opened.
 * (Without identity the request never gets here: the OIDC layer answers 401.)
 */
public class LiveHandshakeFilter extends HttpFilter {

    private static final String PATH_PREFIX = "/live/rooms/";

    @Inject
    RoomService rooms;

    @Inject
    OriginPolicy origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!origins.allowsHandshake(
                request.getHeader("Origin"), OriginPolicy.isBearerToken(request.getHeader("Authorization")))) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "refusal.handshake.origin");
            return;
        }
        if (!offersSubprotocol(request)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "refusal.handshake.subprotocol");
            return;
        }
        Optional<Caller> caller = CallerResolver.fromPrincipal(request.getUserPrincipal());
        if (caller.isEmpty()) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "refusal.handshake.sign-in");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String roomId = path.startsWith(PATH_PREFIX) ? path.substring(PATH_PREFIX.length()) : "";
        if (!rooms.mayConnect(caller.get(), roomId)) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, RoomAccess.NOT_A_MEMBER_KEY);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean offersSubprotocol(HttpServletRequest request) {
        var headers = request.getHeaders("Sec-WebSocket-Protocol");
        while (headers != null && headers.hasMoreElements()) {
            if (Arrays.stream(headers.nextElement().split(","))
                    .map(String::strip)
                    .anyMatch(ServerFrames.SUBPROTOCOL::equals)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses in the language the socket would have spoken: its {@code lang} parameter, else Accept-Language. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Language language = HandshakeLanguage.of(
                request.getParameter(HandshakeLanguage.PARAMETER), request.getHeader("Accept-Language"));
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Language", language.wireName());
        response.getWriter().write(Words.render(key, Map.of(), language));
    }
}
