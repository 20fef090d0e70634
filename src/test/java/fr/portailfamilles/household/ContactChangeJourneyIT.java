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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent's wrong guardian phone, wrong e-mail and an emergency contact without a name or with a wrong phone are each
 * said in French at their own field, and no request is sent. (Accepting such requests is GuardianAndContactRequestsIT's.)
 */
@ExtendWith(ArquillianExtension.class)
class ContactChangeJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void badPhonesAndANamelessContactAreSaidAtTheirFieldsWithNothingSent() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/mes-informations.xhtml");
        int householdRequests = requestCount();
        clickAndWait(By.cssSelector(".report-guardian-change"));
        type(By.id("mobile-phone"), "06 12");
        clickAndWait(By.id("send-change"));
        assertTrue(errorAt("mobile-phone").contains("10 chiffres"), errorAt("mobile-phone"));

        open("portail/mes-enfants.xhtml");
        int childRequests = requestCount();
        clickAndWait(By.cssSelector(".report-child-change"));
        waitFor(By.id("add-contact")).click();
        waitUntilReady();
        waitFor(By.id("add-contact")).click();
        waitUntilReady();
        List<WebElement> names = browser.findElements(By.cssSelector("input[id$=':contact-name']"));
        List<WebElement> phones = browser.findElements(By.cssSelector("input[id$=':contact-phone']"));
        int first = names.size() - 2;
        names.get(first).sendKeys("Marc HOTE");
        phones.get(first).sendKeys("12 34");
        phones.get(first + 1).sendKeys("06 12 34 56 78");
        clickAndWait(By.id("send-change"));
        assertTrue(errorAt("contacts:" + first + ":contact-phone").contains("10 chiffres"), errorAt("contacts:" + first + ":contact-phone"));
        assertTrue(errorAt("contacts:" + (first + 1) + ":contact-name").contains("Indiquez le nom"),
                errorAt("contacts:" + (first + 1) + ":contact-name"));
        assertEquals("Marc HOTE", waitFor(By.id("contacts:" + first + ":contact-name")).getDomProperty("value"),
                "what the parent typed stays, to be corrected");

        open("portail/mes-enfants.xhtml");
        assertEquals(childRequests, requestCount(), "no request about the child was sent");
        open("portail/mes-informations.xhtml");
        assertEquals(householdRequests, requestCount(), "no request about the guardian was sent");
    }

    /** The error message PrimeFaces shows next to a field (its p:message follows the input). */
    private String errorAt(String fieldId) {
        return waitFor(By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[contains(@class,'ui-message-error')]")).getText();
    }

    private int requestCount() {
        return browser.findElements(By.cssSelector("#requests [class^='status-']")).size();
    }
}
