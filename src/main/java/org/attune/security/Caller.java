package org.attune.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind a request or a socket, as their Keycloak token describes them.
 *
 * @param id the token's subject: stable, and what memberships are keyed by
 * @param username the login name
 * @param name the display name shown to the other people in a room
 * @param realmRoles the realm roles of the token
 * @param expiresAt when the token stops being valid, when known
 */
public record Caller(String id, String username, String name, Set<String> realmRoles, Instant expiresAt) {

    public Caller(String id, String username, String name, Set<String> realmRoles) {
        this(id, username, name, realmRoles, null);
    }

    public Caller {
        Objects.requireNonNull(id, "id");
        username = username == null ? id : username;
        name = name == null || name.isBlank() ? username : name;
        realmRoles = Set.copyOf(realmRoles);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    public boolean isTherapist() {
        return realmRoles.contains(RealmRoles.THERAPIST);
    }
}
