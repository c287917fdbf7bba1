package org.attune.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The realm files Keycloak loads in development and tests. */
public final class RealmFiles {

    private RealmFiles() {}

    public static Path projectDir() {
        return Path.of(System.getProperty("attune.project.dir", System.getProperty("user.dir")));
    }

    /** The production realm, imported at start-up ({@code --import-realm}). */
    public static Path realm() {
        return existing(projectDir().resolve("keycloak-realm.json"));
    }

    /**
     * Demo users and the {@code attune-tests} client: a partial import posted to
     * the admin API once Keycloak is up. Never loaded in production.
     */
    public static Path devAdditions() {
        return existing(projectDir().resolve("src/test/resources/keycloak/attune-dev-users.json"));
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Missing realm file " + p);
        }
        return p;
    }
}
