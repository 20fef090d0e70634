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
 * The family guide's example, on whatever period the demo has open on the server's day: a child registered for
 * every day of the period with the bulk selection (Journée and REPAS), one day unticked by hand, validated;
 * Inscriptions shows the requests, and the calendar shown again has the registered boxes ticked and greyed.
 */
@ExtendWith(ArquillianExtension.class)
class PreRegistrationJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyDayThroughTheBulkSelectionButOne() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        Choice choice = showCalendar(null);

        browser.findElements(By.xpath("//*[@id='bulk-days']//label")).forEach(WebElement::click);
        waitFor(By.xpath("//*[@id='bulk-units']//label[normalize-space()='Journée']")).click();
        waitFor(By.xpath("//*[@id='bulk-services']//label[normalize-space()='REPAS']")).click();
        waitFor(By.id("apply")).click();
        waitUntilReady();
        List<WebElement> fullDays = browser.findElements(By.cssSelector("input.unit-box[title^='Journée']")).stream()
                .filter(WebElement::isEnabled).toList();
        assertFalse(fullDays.isEmpty(), "the demo always has days open to registration");
        assertTrue(fullDays.stream().allMatch(WebElement::isSelected), "the bulk selection ticked every open day");

        // The latest days: Inscriptions lists the newest day first, so they are on its first page.
        String registeredDay = day(fullDays.get(fullDays.size() - 1));
        String untickedDay = fullDays.size() > 1 ? day(fullDays.get(fullDays.size() - 2)) : null;
        if (untickedDay != null) {
            box("Journée", untickedDay).click();
            box("REPAS", untickedDay).click();
        }
        clickAndWait(By.id("validate-exit"));

        int sent = 2 * (fullDays.size() - (untickedDay == null ? 0 : 1));
        assertTrue(messages().contains("Vos " + sent + " demandes ont été transmises"), messages());
        String firstName = choice.child().split(" ")[0];
        List<String> rows = waitFor(By.id("registrations-form:registrations")).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(row -> row.contains(firstName) && row.contains(registeredDay) && row.contains(choice.activity())), rows.toString());
        if (untickedDay != null) {
            assertTrue(rows.stream().noneMatch(row -> row.contains(firstName) && row.contains(untickedDay)), "the day unticked by hand was not sent");
        }

        showCalendar(choice);
        WebElement registered = box("Journée", registeredDay);
        assertTrue(registered.isSelected() && !registered.isEnabled(), "already registered: ticked and greyed");
        if (untickedDay != null) {
            WebElement free = box("Journée", untickedDay);
            assertTrue(!free.isSelected() && free.isEnabled(), "still free to ask for");
        }
    }

    private record Choice(String child, String activity, String period) {
    }

    /**
     * Chooses the demo parent's last child (the demo leaves it unregistered), an activity with an open period
     * (MERCREDI when one is open, as in the guide) and its first period, then shows the calendar.
     */
    private Choice showCalendar(Choice again) {
        open("portail/pre-inscrire.xhtml");
        Select children = new Select(waitFor(By.id("child")));
        String child = again != null ? again.child() : children.getOptions().get(children.getOptions().size() - 1).getText();
        children.selectByVisibleText(child);
        waitUntilReady();
        Select activities = new Select(waitFor(By.id("activity")));
        String activity = again != null ? again.activity() : activities.getOptions().stream().skip(1).map(WebElement::getText)
                .filter(name -> name.startsWith("MERCREDI")).findFirst().orElse(activities.getOptions().get(1).getText());
        activities.selectByVisibleText(activity);
        waitUntilReady();
        Select periods = new Select(waitFor(By.id("period")));
        String period = again != null ? again.period() : periods.getOptions().get(1).getText();
        periods.selectByVisibleText(period);
        waitUntilReady();
        waitFor(By.id("show-calendar")).click();
        waitUntilReady();
        waitFor(By.id("calendar"));
        return new Choice(child, activity, period);
    }

    /** "Journée 06/01/2027" → "06/01/2027". */
    private static String day(WebElement box) {
        String title = box.getDomAttribute("title");
        return title.substring(title.lastIndexOf(' ') + 1);
    }

    private WebElement box(String what, String day) {
        return waitFor(By.cssSelector("input[title='" + what + " " + day + "']"));
    }
}
