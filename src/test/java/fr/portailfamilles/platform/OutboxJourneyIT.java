package fr.portailfamilles.platform;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff open a guardian's portal access while the mail server is down: the page says an e-mail leaves, not that it
 * was sent; "Courriels envoyés" shows it failed and why, in French; "Renvoyer" asks first (refused: nothing
 * happens), then, once the mail server is back, puts it back in the queue and it is delivered.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aFailedEmailShowsWhyAndStaffResendItAfterConfirming() throws Exception {
        String email = "outbox." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String household = StaffPages.createHousehold(StaffPages.loggedInStaff(), "Marchal", "Inès", email);

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/acces-portail.xhtml?famille=" + household);
        answerConfirmation(By.id("access-form:guardians:0:open"), true);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("access-form:messages"), email));
        String told = messages();
        assertTrue(told.contains("Un e-mail part pour " + email + " ; son envoi se suit dans Courriels envoyés."), told);
        assertFalse(told.contains("a été envoyé"), "nothing was sent yet: " + told);

        String row = awaitRow(email, "Échec — nouvelle tentative le ");
        assertTrue(row.contains("Le serveur de messagerie n’a pas pu être joint"), "why, in French: " + row);
        assertTrue(browser.getPageSource().contains("hors démonstration, ils sont masqués"),
                "the intro says which mode applies: the test server is a demonstration");

        String question = answerConfirmation(resendButton(email), false);
        assertTrue(question.contains(email) && question.contains("Ouverture de votre compte"),
                "the confirmation names the e-mail: " + question);
        assertEquals("", messages(), "refused: nothing was resent");
        assertTrue(rowOf(email).contains("Échec — nouvelle tentative le "), rowOf(email));

        try (Mailbox mailbox = Mailbox.start()) {
            answerConfirmation(resendButton(email), true);
            assertTrue(messages().contains("Le courriel est remis dans la file d’envoi."), messages());

            assertTrue(Mailbox.body(mailbox.await(email, "Ouverture de votre compte")).contains("Mot de passe provisoire"));
            String sent = awaitRow(email, "Envoyé");
            assertTrue(sent.contains("Envoyé"), sent);
            assertEquals(1, mailbox.count(email), "delivered once");
        }
    }

    private static By resendButton(String email) {
        return By.xpath("//tr[td[contains(., '" + email + "')]]//button[contains(@id, ':resend')]");
    }

    private String rowOf(String email) {
        return waitFor(By.xpath("//tr[td[contains(., '" + email + "')]]")).getText();
    }

    /** Delivery runs after the action's commit: the page is read again until the row says so. */
    private String awaitRow(String email, String status) throws InterruptedException {
        for (int attempt = 0; attempt < 40; attempt++) {
            open("gestion/courriels.xhtml");
            String row = rowOf(email);
            if (row.contains(status)) {
                return row;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The e-mail to " + email + " is not shown as \"" + status + "\": " + rowOf(email));
    }
}
