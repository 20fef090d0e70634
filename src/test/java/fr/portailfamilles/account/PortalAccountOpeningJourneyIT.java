package fr.portailfamilles.account;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new guardian receives the opening e-mail, must choose a password, then uses it. */
@ExtendWith(ArquillianExtension.class)
class PortalAccountOpeningJourneyIT extends BrowserTest {

    private static final String GUARDIAN = "nicolas.bernard@exemple.fr";
    private static final String NEW_PASSWORD = "Une cabane au fond du jardin";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aGuardianOpensTheirAccountChangesTheProvisionalPasswordAndLogsInAgain() throws Exception {
        try (Mailbox mailbox = Mailbox.start()) {
            openPortalAccessAsStaff(GUARDIAN);

            MimeMessage opening = mailbox.await(GUARDIAN, "Ouverture de votre compte");
            String provisional = Mailbox.find(opening, "Mot de passe provisoire : (\\S+)");
            assertTrue(Mailbox.body(opening).contains("Identifiant : " + GUARDIAN));

            logIn(GUARDIAN, provisional);
            assertEquals("Modifier le mot de passe", heading(), "the provisional password must be replaced first");
            assertTrue(waitFor(By.id("forced")).isDisplayed());

            open("portail/accueil.xhtml");
            assertEquals("Modifier le mot de passe", heading(), "no other page before the change");

            type(By.id("current"), provisional);
            type(By.id("new-password"), "motdepasse");
            type(By.id("confirmation"), "motdepasse");
            clickAndWait(By.id("save"));
            assertTrue(messages().contains("trop courant"), messages());

            type(By.id("current"), provisional);
            type(By.id("new-password"), NEW_PASSWORD);
            type(By.id("confirmation"), NEW_PASSWORD);
            clickAndWait(By.id("save"));
            assertEquals("Mon espace famille", heading(), browser.getCurrentUrl() + " " + messages());
            assertTrue(messages().contains("Votre mot de passe a été modifié."), messages());
            assertTrue(waitFor(By.id("household-name")).getText().contains("Famille BERNARD"));

            logOut();
            logIn(GUARDIAN, NEW_PASSWORD);
            assertEquals("Mon espace famille", heading());
        }
    }
}
