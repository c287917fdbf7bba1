package org.attune.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test that talks to the built WAR from outside, as browsers and client programs
 * do: Arquillian deploys {@link Deployments#attuneWar()} unchanged to the managed WildFly and the
 * tests run in the test JVM. Arquillian finds the {@code @Deployment} method on this superclass.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AttuneIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar();
    }
}
