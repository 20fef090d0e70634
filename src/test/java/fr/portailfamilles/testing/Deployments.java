package fr.portailfamilles.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment every integration test uses: the WAR the build produced, plus the test's own classes. The WAR's
 * index of its classes' annotations would hide the test's (a test servlet, a test bean): it is left out, so that the
 * server reads the classes themselves; the libraries keep theirs.
 */
public final class Deployments {

    private static final String CLASSES_INDEX = "/WEB-INF/classes/META-INF/jandex.idx";

    private Deployments() {
    }

    public static WebArchive portal(Class<?>... testClasses) {
        File war = new File(System.getProperty("portail.war", "target/ROOT.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
        archive.delete(CLASSES_INDEX);
        archive.addPackage(Deployments.class.getPackage());
        archive.addClasses(testClasses);
        return archive;
    }

    /**
     * The PayFiP simulator the build made (a deployment of its own, at /payfip-simulator), for the tests that pay
     * online: the test server's settings point the portal's PayFiP client at it.
     */
    public static WebArchive payfipSimulator() {
        File war = new File(System.getProperty("portail.simulator.war", "target/ROOT-simulator.war"));
        return ShrinkWrap.create(ZipImporter.class, "payfip-simulator.war").importFrom(war).as(WebArchive.class);
    }
}
