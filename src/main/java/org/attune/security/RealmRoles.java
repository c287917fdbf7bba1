package org.attune.security;

/** The realm roles of the {@code attune} Keycloak realm: the one place their names are written. */
public final class RealmRoles {

    /** May open rooms and invite people into them. */
    public static final String THERAPIST = "therapist";
    /** A person in care: a partner or a family member. */
    public static final String CLIENT = "client";
    /** Runs the practice's server: exports, erasure, audit log. */
    public static final String ADMIN = "admin";

    private RealmRoles() {}
}
