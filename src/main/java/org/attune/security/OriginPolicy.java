package org.attune.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which web origins may open a live socket. Browsers always send an
 * {@code Origin} header on a WebSocket handshake, so a page on another site
 * cannot ride on a member's session cookie. Clients that are not browsers send
 * no origin and authenticate with a bearer token.
 */
public class OriginPolicy {

    private final Set<String> allowed;

    /** A policy allowing these origins, e.g. {@code https://attune.example.org}. */
    public OriginPolicy(Collection<String> origins) {
        this.allowed = origins.stream().map(OriginPolicy::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code true} when the origin is on the allow-list, or absent (a client that is not a browser). */
    public boolean allows(String origin) {
        return origin == null || allowed.contains(normalise(origin));
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
