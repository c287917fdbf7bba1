package org.attune.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The realm files Keycloak imports at start-up in development and tests. */
public final class RealmFiles {

    private RealmFiles() {}

    public static Path projectDir() {
        return Path.of(System.getProperty("attune.project.dir", System.getProperty("user.dir")));
    }

    /** File name in Keycloak's import directory → source file. */
    public static Map<String, Path> importFiles() {
        Path realm = projectDir().resolve("keycloak-realm.json");
        Path devUsers = projectDir().resolve("src/test/resources/keycloak/attune-dev-users.json");
        for (Path p : new Path[] {realm, devUsers}) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("Missing realm file " + p);
            }
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("attune-realm.json", realm);
        files.put("attune-users-0.json", devUsers);
        return files;
    }
}
