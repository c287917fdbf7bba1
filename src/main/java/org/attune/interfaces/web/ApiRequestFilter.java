package org.attune.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.attune.interfaces.rest.Problems;
import org.attune.security.OriginPolicy;

/**
 * Lets through to the REST API only what a person asked for. A browser sends
 * the session cookie with any request, even one a page on another site
 * makes; so a request that may change something (anything but GET, HEAD and
 * OPTIONS) and rides on the session must come from Attune's own pages
 * ({@link OriginPolicy}), or it gets 403 {@code cross_site}. And a request
 * that brings a body must say it is {@code application/json}, or it gets 415
 * {@code unsupported_media_type}: no form a foreign page can post is read.
 * Both are decided before any resource runs, so a refused request changes
 * nothing.
 */
public class ApiRequestFilter extends HttpFilter {

    static final String JSON = "application/json";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    OriginPolicy origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())
                && !origins.allowsUnsafeRequest(
                        request.getHeader("Origin"),
                        request.getHeader("Referer"),
                        OriginPolicy.isBearerToken(request.getHeader("Authorization")))) {
            refuse(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "cross_site",
                    "Forbidden",
                    "This request did not come from Attune's own pages, so nothing was done. "
                            + "If you meant it, please do it again in Attune.");
            return;
        }
        if (!readableBody(
                request.getContentType(), request.getContentLengthLong(), request.getHeader("Transfer-Encoding"))) {
            refuse(
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "Unsupported Media Type",
                    "Attune's API reads request bodies as application/json only.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a request's body, if it has or declares one, is JSON: a request
     * without a {@code Content-Type} must have no body, and one with a
     * {@code Content-Type} must declare {@code application/json} (with any
     * parameters, e.g. a charset).
     */
    static boolean readableBody(String contentType, long contentLength, String transferEncoding) {
        if (contentType == null || contentType.isBlank()) {
            return contentLength <= 0 && transferEncoding == null;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return JSON.equals(mediaType);
    }

    private static void refuse(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.document(status, code, title, detail));
    }
}
