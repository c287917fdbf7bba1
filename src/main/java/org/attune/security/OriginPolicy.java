package org.attune.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which requests may act with a person's browser session: only those that
 * come from Attune's own pages, the web origins on the allow-list. A browser
 * sends the session cookie along with any request, even one a page on another
 * site makes, so the cookie alone proves nothing; the {@code Origin} header
 * (or, when a browser leaves it out, the {@code Referer}) says which page
 * asked. A client program authenticates with a bearer token, which no other
 * site's page can attach, and is not a browser: it may name no origin.
 */
public class OriginPolicy {

    private static final String BEARER = "bearer ";

    private final Set<String> allowed;

    /** A policy allowing these origins, e.g. {@code https://attune.example.org}. */
    public OriginPolicy(Collection<String> origins) {
        this.allowed = origins.stream().map(OriginPolicy::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code true} when the origin is on the allow-list; an absent origin, or {@code "null"}, is not. */
    public boolean isAllowed(String origin) {
        return origin != null && allowed.contains(normalise(origin));
    }

    /**
     * A live handshake: a browser always names its page's origin, which must be
     * allowed; only a client with a bearer token may name none.
     */
    public boolean allowsHandshake(String origin, boolean bearerToken) {
        return origin == null ? bearerToken : isAllowed(origin);
    }

    /**
     * An unsafe request (one that may change something): with a bearer token
     * it is a client program's and allowed; with the session cookie it must
     * come from an allowed origin, by its {@code Origin} or, without one, by
     * its {@code Referer}. A request that names neither is refused.
     */
    public boolean allowsUnsafeRequest(String origin, String referer, boolean bearerToken) {
        if (bearerToken) {
            return true;
        }
        if (origin != null) {
            return isAllowed(origin);
        }
        return referer != null && isAllowed(originOf(referer));
    }

    /** Whether an {@code Authorization} header carries a bearer token. */
    public static boolean isBearerToken(String authorization) {
        return authorization != null
                && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /** The origin ({@code scheme://host[:port]}) of an absolute URL; {@code null} when it has none. */
    static String originOf(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
