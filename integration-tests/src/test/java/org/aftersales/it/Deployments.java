package org.aftersales.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test is the WAR the build produced, exactly as the customer deploys it. */
final class Deployments {

    private Deployments() {}

    static WebArchive aftersalesWar() {
        File war = new File(System.getProperty("aftersales.war", "target/aftersales.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
