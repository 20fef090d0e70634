package fr.portailfamilles.platform;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser set to English gets the portal in French; the footer's switch gives English to whom chooses it. */
@ExtendWith(ArquillianExtension.class)
class LanguageJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Override
    protected String acceptLanguages() {
        return "en-GB,en";
    }

    @Test
    void frenchWhateverTheBrowserSaysUntilEnglishIsChosen() {
        open("");
        assertEquals("fr", language());
        assertTrue(waitFor(By.tagName("body")).getText().contains("Bienvenue"), waitFor(By.tagName("body")).getText());

        clickAndWait(By.id("language-switch"));
        assertEquals("en", language());
        assertTrue(waitFor(By.tagName("body")).getText().contains("Welcome to the family portal"));

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        assertEquals("en", language(), "the choice outlives the login");
        clickAndWait(By.id("language-switch"));
        assertEquals("fr", language());
        assertTrue(browser.getCurrentUrl().endsWith("/gestion/accueil.xhtml"), "back to the page it was chosen on: " + browser.getCurrentUrl());
    }

    @Test
    void aPostThatNoPageOfThePortalSentChangesNothing() {
        Http forged = Http.testServer().sending("Origin", "https://ailleurs.example");
        forged.get("");
        assertEquals(403, forged.post("langue", Map.of("langue", "en", "retour", "/")).statusCode());
        assertTrue(forged.get("").body().contains("lang=\"fr\""));

        Http unnamed = Http.testServer().namingNoOrigin();
        unnamed.get("");
        assertEquals(403, unnamed.post("langue", Map.of("langue", "en", "retour", "/")).statusCode(),
                "a browser always names the page of a post; a post that names none is not one of ours");

        Http ours = Http.testServer();
        ours.get("");
        assertEquals(302, ours.post("langue", Map.of("langue", "en", "retour", "/")).statusCode());
        assertTrue(ours.get("").body().contains("lang=\"en\""));
    }

    private String language() {
        return waitFor(By.tagName("html")).getDomAttribute("lang");
    }
}
