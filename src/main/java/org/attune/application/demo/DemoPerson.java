package org.attune.application.demo;

import java.util.Set;
import org.attune.security.Caller;
import org.attune.security.RealmRoles;

/**
 * The demo practice's people, as the development realm's users file
 * ({@code src/test/resources/keycloak/attune-dev-users.json}) gives them: the
 * fixed subject id Keycloak keeps on every import, which is what memberships
 * are keyed by, the login name, the display name and the realm role.
 */
public enum DemoPerson {
    THERAPIST("a77e0000-0000-4000-8000-000000000001", "therapist", "Maya Ortiz", RealmRoles.THERAPIST),
    ALEX("a77e0000-0000-4000-8000-000000000011", "alex", "Alex Chen", RealmRoles.CLIENT),
    SAM("a77e0000-0000-4000-8000-000000000012", "sam", "Sam Rivera", RealmRoles.CLIENT),
    MORGAN("a77e0000-0000-4000-8000-000000000021", "morgan", "Morgan Blake", RealmRoles.CLIENT),
    JAMIE("a77e0000-0000-4000-8000-000000000022", "jamie", "Jamie Blake", RealmRoles.CLIENT),
    RILEY("a77e0000-0000-4000-8000-000000000023", "riley", "Riley Blake", RealmRoles.CLIENT);

    private final String id;
    private final String username;
    private final String displayName;
    private final String realmRole;

    DemoPerson(String id, String username, String displayName, String realmRole) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.realmRole = realmRole;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** The person as a signed-in request would show them. */
    public Caller caller() {
        return new Caller(id, username, displayName, Set.of(realmRole));
    }
}
