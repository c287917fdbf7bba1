package org.attune.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts Keycloak when an integration-test run begins and stops it when the run
 * ends. Only the integration-test run sets {@code attune.it.keycloak.port}; unit
 * test runs leave Keycloak alone.
 */
public class KeycloakForIntegrationTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (TestStack.enabled()) {
            TestStack.startKeycloak();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (TestStack.enabled()) {
            TestStack.stop();
        }
    }
}
