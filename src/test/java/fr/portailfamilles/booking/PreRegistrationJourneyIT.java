package fr.portailfamilles.booking;

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
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The family guide's example: a child registered for every Wednesday of a period with the bulk selection
 * (Journée and REPAS), one Wednesday unticked by hand, validated; Inscriptions shows the answers, and the
 * calendar shown again has the registered boxes ticked and greyed.
 */
@ExtendWith(ArquillianExtension.class)
class PreRegistrationJourneyIT extends BrowserTest {

    private static final String SECOND_WEDNESDAY = "13/01/2027";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyWednesdayThroughTheBulkSelectionButOne() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        String child = showCalendar();

        waitFor(By.xpath("//*[@id='bulk-days']//label[normalize-space()='Mer']")).click();
        waitFor(By.xpath("//*[@id='bulk-units']//label[normalize-space()='Journée']")).click();
        waitFor(By.xpath("//*[@id='bulk-services']//label[normalize-space()='REPAS']")).click();
        waitFor(By.id("apply")).click();
        waitUntilReady();
        List<WebElement> fullDays = browser.findElements(By.cssSelector("input.unit-box[title^='Journée']"));
        assertEquals(7, fullDays.size(), "the seven Wednesdays from 6 January to 17 February 2027");
        assertTrue(fullDays.stream().allMatch(WebElement::isSelected), "the bulk selection ticked them all");

        box("Journée", SECOND_WEDNESDAY).click();
        box("REPAS", SECOND_WEDNESDAY).click();
        clickAndWait(By.id("validate-exit"));

        assertTrue(messages().contains("Vos 12 demandes ont été transmises"), messages());
        String registrations = waitFor(By.id("registrations-form:registrations")).getText();
        assertTrue(registrations.contains("Mer 06/01/2027") && registrations.contains("Acceptée"), registrations);
        assertFalse(registrations.contains("Mer " + SECOND_WEDNESDAY), "the Wednesday unticked by hand was not sent");

        assertEquals(child, showCalendar());
        WebElement registered = box("Journée", "06/01/2027");
        assertTrue(registered.isSelected() && !registered.isEnabled(), "already registered: ticked and greyed");
        WebElement free = box("Journée", SECOND_WEDNESDAY);
        assertTrue(!free.isSelected() && free.isEnabled(), "still free to ask for");
    }

    /** Chooses the first child, MERCREDI 2026/2027 and its open period, then shows the calendar; answers the child. */
    private String showCalendar() {
        open("portail/pre-inscrire.xhtml");
        Select children = new Select(waitFor(By.id("child")));
        String child = children.getOptions().get(1).getText();
        children.selectByIndex(1);
        waitUntilReady();
        new Select(waitFor(By.id("activity"))).selectByVisibleText("MERCREDI 2026/2027");
        waitUntilReady();
        new Select(waitFor(By.id("period"))).selectByIndex(1);
        waitUntilReady();
        waitFor(By.id("show-calendar")).click();
        waitUntilReady();
        waitFor(By.id("calendar"));
        return child;
    }

    private WebElement box(String what, String day) {
        return waitFor(By.cssSelector("input[title='" + what + " " + day + "']"));
    }
}
