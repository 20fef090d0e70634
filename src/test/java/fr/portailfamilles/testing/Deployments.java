package fr.portailfamilles.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The one deployment every integration test uses: the WAR the build produced, plus the test's own classes. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal(Class<?>... testClasses) {
        File war = new File(System.getProperty("portail.war", "target/ROOT.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
        archive.addPackage(Deployments.class.getPackage());
        archive.addClasses(testClasses);
        return archive;
    }
}
