package fr.portailfamilles.account;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What cannot be undone asks first, naming whom it concerns: refusing changes nothing, accepting does it. And IT
 * is not offered, on its own row, what it may not do to its own account.
 */
@ExtendWith(ArquillianExtension.class)
class IrreversibleActionsJourneyIT extends BrowserTest {

    private static final String GUARDIAN_EMAIL = "marie.perrin@exemple.fr";
    private static final String NEWCOMER = "bruno.lefort@portail-familles.test";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void resendingPortalAccessReplacesThePasswordOnlyOnceConfirmed() throws Exception {
        StaffPages.createHousehold(StaffPages.loggedInStaff(), "Perrin", "Marie", GUARDIAN_EMAIL);
        try (Mailbox mailbox = Mailbox.start()) {
            logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
            String guardian = findGuardian();

            String asked = answerConfirmation(accessButton(), false);
            assertEquals("Ouvrir l’accès au portail de " + guardian + " ? Un mot de passe provisoire lui sera envoyé à "
                    + GUARDIAN_EMAIL + ".", asked);
            assertEquals("Pas de compte", cell(4), "refused: no account opened");
            answerConfirmation(accessButton(), true);
            awaitMessage("Le compte a été ouvert");
            mailbox.await(GUARDIAN_EMAIL, "");
            assertEquals("Mot de passe provisoire", cell(4));

            findGuardian();
            asked = answerConfirmation(accessButton(), false);
            assertTrue(asked.startsWith("Remplacer le mot de passe de " + guardian + " ?"), asked);
            assertEquals("", messages(), "refused: nothing sent");
            Thread.sleep(1000);
            assertEquals(1, mailbox.count(GUARDIAN_EMAIL), "refused: the password is not replaced");
            answerConfirmation(accessButton(), true);
            awaitMessage("Un nouveau mot de passe provisoire a été créé.");
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> mailbox.count(GUARDIAN_EMAIL) == 2);
        }
    }

    @Test
    void itDisablesAColleagueOnlyOnceConfirmedAndIsNotOfferedToDisableItself() {
        logIn(TestServer.IT, TestServer.DEMO_PASSWORD);
        open("informatique/comptes.xhtml");
        type(By.id("new-name"), "Bruno Lefort");
        type(By.id("new-email"), NEWCOMER);
        waitFor(By.id("create")).click();
        waitUntilReady();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(row(NEWCOMER)));

        assertTrue(browser.findElement(row(TestServer.IT)).findElements(By.tagName("button")).isEmpty(),
                "no disable, password or role button on one's own row");
        assertFalse(browser.findElement(row(NEWCOMER)).findElements(By.cssSelector("[id$=':disable']")).isEmpty());

        By disable = By.xpath("//tr[td[contains(., '" + NEWCOMER + "')]]//button[contains(@id, ':disable')]");
        String asked = answerConfirmation(disable, false);
        assertEquals("Désactiver le compte de Bruno Lefort ? Cette personne ne pourra plus se connecter.", asked);
        assertTrue(browser.findElement(row(NEWCOMER)).getText().contains("Actif"), "refused: still enabled");
        answerConfirmation(disable, true);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-form:messages"), "est désactivé"));
        assertTrue(waitFor(row(NEWCOMER)).getText().contains("Désactivé"));
    }

    private String findGuardian() {
        open("gestion/acces-portail.xhtml");
        type(By.id("access-form:search"), GUARDIAN_EMAIL);
        waitFor(By.id("access-form:find")).click();
        waitUntilReady();
        return waitFor(By.xpath(guardianRow() + "/td[1]")).getText();
    }

    private By accessButton() {
        return By.xpath(guardianRow() + "//button");
    }

    private String cell(int column) {
        return waitFor(By.xpath(guardianRow() + "/td[" + column + "]")).getText();
    }

    private static String guardianRow() {
        return "//tr[td[contains(., '" + GUARDIAN_EMAIL + "')]]";
    }

    private static By row(String email) {
        return By.xpath("//tr[td[text()='" + email + "']]");
    }

    private void awaitMessage(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("access-form:messages"), text));
    }
}
