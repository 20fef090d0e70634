package fr.portailfamilles.account;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.Mailbox;
import fr.portailfamilles.testing.TestServer;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent mistypes their password, is shown the security code, resets the password by e-mail and logs in.
 * Then nothing secret that went through the journey may be found in the server log or the security journal.
 */
@ExtendWith(ArquillianExtension.class)
class ForgotPasswordJourneyIT extends BrowserTest {

    private static final String GUARDIAN = "sandrine.thomas@exemple.fr";
    private static final String NEW_PASSWORD = "Le chat dort sur la commode";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aParentResetsAForgottenPasswordThroughTheEmailedLink() throws Exception {
        List<String> secrets = new ArrayList<>();
        try (Mailbox mailbox = Mailbox.start()) {
            openPortalAccessAsStaff(GUARDIAN);
            secrets.add(Mailbox.find(mailbox.await(GUARDIAN, "Ouverture de votre compte"), "Mot de passe provisoire : (\\S+)"));

            logIn(GUARDIAN, "pas-le-bon-mot-de-passe");
            assertTrue(messages().contains("Adresse e-mail ou mot de passe incorrect."), messages());
            assertTrue(waitFor(By.id("captcha-image")).isDisplayed(), "the security code appears after a failure");
            secrets.add(browser.findElement(By.id("captcha-token")).getDomAttribute("value"));

            clickAndWait(By.id("forgot-link"));
            type(By.id("email"), GUARDIAN);
            clickAndWait(By.id("send"));
            assertTrue(messages().contains("Si un compte correspond à cette adresse"), messages());

            MimeMessage reset = mailbox.await(GUARDIAN, "Choisir un nouveau mot de passe");
            String link = Mailbox.find(reset, "(http\\S+reinitialisation\\.xhtml\\?jeton=\\S+)");
            secrets.add(link.substring(link.indexOf("jeton=") + "jeton=".length()));

            browser.get(link);
            waitUntilReady();
            type(By.id("new-password"), NEW_PASSWORD);
            type(By.id("confirmation"), NEW_PASSWORD);
            clickAndWait(By.id("save"));
            assertTrue(messages().contains("Votre mot de passe a été modifié."), messages());

            logIn(GUARDIAN, NEW_PASSWORD);
            assertEquals("Mon espace famille", heading());
            secrets.add(NEW_PASSWORD);
            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            secrets.add(session.getValue().split("\\.")[0]);

            browser.get(link);
            waitUntilReady();
            assertTrue(waitFor(By.id("invalid-link")).isDisplayed(), "a reset link works once");
        }
        assertNoSecretIsLogged(secrets);
    }

    private static void assertNoSecretIsLogged(List<String> secrets) throws Exception {
        String serverLog = Files.readString(Path.of(System.getProperty("it.server.log")));
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String journal = it.get("informatique/journal.xhtml").body();
        assertTrue(journal.contains(GUARDIAN), "the journal lists the journey");
        for (String secret : secrets) {
            assertFalse(secret == null || secret.isBlank(), "a secret was not captured");
            assertFalse(serverLog.contains(secret), "the server log holds a secret");
            assertFalse(journal.contains(secret), "the security journal holds a secret");
        }
    }
}
