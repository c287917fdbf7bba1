package org.attune.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive attuneWar() {
        return ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("attune.war", "target/attune.war")));
    }
}
