package org.attune.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts Keycloak (and, for a run on PostgreSQL, PostgreSQL) when an
 * integration-test run begins and stops them when the run ends. Only the
 * integration-test runs set {@code attune.it.keycloak.port}; unit test runs
 * leave both alone.
 */
public class KeycloakForIntegrationTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (TestStack.enabled()) {
            Directories.deleteTree(TestStack.work());
            TestStack.startKeycloak();
            TestStack.startPostgres();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (TestStack.enabled()) {
            TestStack.stop();
        }
    }
}
