package fr.portailfamilles.booking;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The family guide's example, on whatever period the demo has open on the server's day: a child registered for
 * every day of the period with the bulk selection (Journée and REPAS), one day unticked by hand, validated;
 * Inscriptions shows the requests, and the calendar shown again has the registered boxes ticked and greyed, and the
 * Matin of a registered Journée greyed.
 */
@ExtendWith(ArquillianExtension.class)
class PreRegistrationJourneyIT extends PreRegistrationSteps {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyDayThroughTheBulkSelectionButOne() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        Choice choice = firstChildWithDaysToAskFor();

        browser.findElements(By.xpath("//*[@id='bulk-days']//label")).forEach(WebElement::click);
        waitFor(By.xpath("//*[@id='bulk-units']//label[normalize-space()='Journée']")).click();
        waitFor(By.xpath("//*[@id='bulk-services']//label[normalize-space()='REPAS']")).click();
        waitFor(By.id("apply")).click();
        waitUntilReady();
        List<WebElement> fullDays = openFullDays();
        assertEquals(List.of(), fullDays.stream().filter(box -> !box.isSelected()).map(box -> box.getDomAttribute("title")).toList(),
                "the bulk selection ticked every open day");

        // The first days: Inscriptions lists the newest submission first, its days in date order, so the first
        // day sent is on its first page however long the period (a summer holds some thirty days).
        String registeredDay = day(fullDays.get(0));
        String untickedDay = fullDays.size() > 1 ? day(fullDays.get(1)) : null;
        if (untickedDay != null) {
            box("Journée", untickedDay).click();
            box("REPAS", untickedDay).click();
        }
        clickAndWait(By.id("validate-exit"));

        int sent = 2 * (fullDays.size() - (untickedDay == null ? 0 : 1));
        assertTrue(messages().contains("Vos " + sent + " demandes ont été transmises"), messages());
        String firstName = choice.child().split(" ")[0];
        // Child, activity and day of each line of Inscriptions (its first cell is the selection box).
        List<List<String>> lines = waitFor(By.id("registrations-form:registrations")).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().skip(1).limit(3).map(WebElement::getText).toList()).toList();
        assertTrue(lines.stream().anyMatch(line -> line.equals(List.of(firstName, choice.activity(), weekday(registeredDay) + registeredDay))),
                lines.toString());
        if (untickedDay != null) {
            // Of this activity: other tests ask for the demo children on their own activities, on the same days.
            assertTrue(lines.stream().noneMatch(line -> line.equals(List.of(firstName, choice.activity(), weekday(untickedDay) + untickedDay))),
                    "the day unticked by hand was not sent: " + lines);
        }

        showCalendar(choice.child(), choice.activity(), choice.period());
        WebElement registered = box("Journée", registeredDay);
        assertTrue(registered.isSelected() && !registered.isEnabled(), "already registered: ticked and greyed");
        WebElement morning = box("Matin", registeredDay);
        assertTrue(!morning.isSelected() && !morning.isEnabled(), "its morning is taken by the Journée: greyed, not ticked");
        if (untickedDay != null) {
            WebElement free = box("Journée", untickedDay);
            assertTrue(!free.isSelected() && free.isEnabled(), "still free to ask for");
        }
    }

    /** "06/01/2027" → "Mer " as Inscriptions writes it. */
    private static String weekday(String day) {
        String[] names = {"Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"};
        return names[LocalDate.parse(day, ParisTime.DAY).getDayOfWeek().getValue() - 1] + " ";
    }
}
