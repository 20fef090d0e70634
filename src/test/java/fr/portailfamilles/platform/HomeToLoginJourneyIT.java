package fr.portailfamilles.platform;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class HomeToLoginJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aVisitorFollowsAccesFamillesToTheLoginForm() {
        open("");
        assertTrue(browser.getTitle().contains("Portail Familles"), browser.getTitle());

        clickAndWait(By.id("acces-familles"));

        assertTrue(browser.getCurrentUrl().endsWith("/connexion.xhtml"), browser.getCurrentUrl());
        assertEquals("Accès familles", waitFor(By.tagName("h1")).getText());
        assertTrue(waitFor(By.id("email")).isDisplayed());
        assertTrue(waitFor(By.id("password")).isDisplayed());
        assertEquals("Se connecter", waitFor(By.id("login")).getText());
    }

    @Test
    void theDemoParentLogsInAndSeesTheirFamilySpace() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);

        assertEquals("Mon espace famille", waitFor(By.tagName("h1")).getText());
        assertTrue(waitFor(By.id("household-name")).getText().contains("Famille MARTIN"));

        clickAndWait(By.id("logout-form:logout"));
        assertTrue(waitFor(By.id("acces-familles")).isDisplayed());
    }
}
