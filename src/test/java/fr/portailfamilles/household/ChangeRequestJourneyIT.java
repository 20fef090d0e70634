package fr.portailfamilles.household;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent proposes a new address and, separately, a new allocataire number; staff accept the address and
 * refuse the number with a reason; the parent sees both answers and the new address in their file.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeRequestJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffAnswerTheParentsCorrections() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/mes-informations.xhtml");

        type(By.id("postcode"), "3725");
        send();
        assertTrue(messages().isEmpty() || !messages().contains("envoyée"));
        assertTrue(waitFor(By.cssSelector("#change-form .ui-message-error")).getText().contains("5 chiffres"));

        type(By.id("postcode"), "37250");
        send();
        assertTrue(text(By.id("change-messages")).contains("Vous n’avez rien modifié."));

        type(By.id("address-line"), "8 rue des Lilas");
        type(By.id("town"), "Veigné");
        send();
        assertTrue(text(By.id("change-messages")).contains("Votre demande a été envoyée"));

        open("portail/mes-informations.xhtml");
        type(By.id("allocataire"), "1234567890");
        send();
        assertTrue(text(By.id("requests")).contains("En attente"));
        logOut();

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/demandes.xhtml");
        WebElement addressRow = row("8 rue des Lilas");
        assertTrue(addressRow.getText().contains("Veigné"));
        addressRow.findElement(By.xpath(".//button[contains(@id,'accept')]")).click();
        waitUntilReady();
        assertTrue(text(By.id("queue-form:messages")).contains("acceptée"));

        WebElement numberRow = row("1234567890");
        numberRow.findElement(By.xpath(".//input[contains(@id,'reason')]")).sendKeys("Merci de joindre l’attestation CAF.");
        numberRow.findElement(By.xpath(".//button[contains(@id,'refuse')]")).click();
        waitUntilReady();
        assertTrue(text(By.id("queue-form:messages")).contains("refusée"));
        logOut();

        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/mes-informations.xhtml");
        assertTrue(text(By.id("household-address")).contains("8 rue des Lilas"));
        String answers = text(By.id("requests"));
        assertTrue(answers.contains("Acceptée"), answers);
        assertTrue(answers.contains("Refusée – Merci de joindre l’attestation CAF."), answers);
    }

    private void send() {
        waitFor(By.id("send-change")).click();
        waitUntilReady();
    }

    private String text(By locator) {
        return waitFor(locator).getText();
    }

    private WebElement row(String content) {
        return waitFor(By.xpath("//tr[contains(., '" + content + "')]"));
    }
}
