package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Accessibility;
import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text readable against its background (WCAG 2.1 AA, 4.5:1; 3:1 for large text), as axe-core measures it
 * in the browser, on the pages of each role: public, parent, staff, IT.
 */
@ExtendWith(ArquillianExtension.class)
class ContrastJourneyIT extends BrowserTest {

    private static final List<String> CONTRAST = List.of("color-contrast");

    private final List<String> violations = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyTextIsReadableOnEveryPageOfEveryRole() {
        check("", "connexion.xhtml", "mot-de-passe-oublie.xhtml", "aide.xhtml");

        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        check("portail/accueil.xhtml", "portail/inscriptions.xhtml", "portail/pre-inscrire.xhtml", "portail/mes-enfants.xhtml",
                "portail/mes-informations.xhtml", "portail/factures.xhtml", "portail/paiements.xhtml", "portail/payer.xhtml");
        logOut();

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        check("gestion/accueil.xhtml", "gestion/demandes-inscription.xhtml", "gestion/demandes.xhtml", "gestion/certificats.xhtml",
                "gestion/courriels.xhtml", "gestion/acces-portail.xhtml", "gestion/tarifs.xhtml", "gestion/pointage.xhtml",
                "gestion/remplissage.xhtml", "gestion/factures.xhtml", "gestion/impayes.xhtml");
        checkFirstLink("gestion/familles.xhtml", "famille.xhtml?id=");
        checkFirstLink("gestion/activites.xhtml", "activite.xhtml?id=");
        checkFirstLink(browser.getCurrentUrl(), "periode.xhtml?id=");
        logOut();

        logIn(TestServer.IT, TestServer.DEMO_PASSWORD);
        check("informatique/comptes.xhtml", "informatique/journal.xhtml", "informatique/parametres.xhtml",
                "informatique/facturation.xhtml", "informatique/payfip.xhtml");

        assertTrue(violations.isEmpty(), violations.size() + " texts below WCAG AA:\n" + String.join("\n", violations));
    }

    private void check(String... pages) {
        for (String page : pages) {
            open(page);
            violations.addAll(Accessibility.violations(browser, CONTRAST));
        }
    }

    /** A page reached from a list, as staff reach it: the list is checked, then the page its first link opens. */
    private void checkFirstLink(String list, String linkTo) {
        if (list.startsWith("http")) {
            browser.get(list);
            waitUntilReady();
        } else {
            open(list);
        }
        violations.addAll(Accessibility.violations(browser, CONTRAST));
        clickAndWait(By.cssSelector("a[href*='" + linkTo + "']"));
        violations.addAll(Accessibility.violations(browser, CONTRAST));
    }
}
