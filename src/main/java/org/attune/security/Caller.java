package org.attune.security;

import java.util.Objects;
import java.util.Set;

/**
 * The person behind a request or a socket, as their Keycloak token describes them.
 *
 * @param id the token's subject: stable, and what memberships are keyed by
 * @param username the login name
 * @param name the display name shown to the other people in a room
 * @param realmRoles the realm roles of the token
 */
public record Caller(String id, String username, String name, Set<String> realmRoles) {

    public Caller {
        Objects.requireNonNull(id, "id");
        username = username == null ? id : username;
        name = name == null || name.isBlank() ? username : name;
        realmRoles = Set.copyOf(realmRoles);
    }

    public boolean isTherapist() {
        return realmRoles.contains(RealmRoles.THERAPIST);
    }
}
