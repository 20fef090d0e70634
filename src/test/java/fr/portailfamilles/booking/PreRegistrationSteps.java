package fr.portailfamilles.booking;

import fr.portailfamilles.testing.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The parent's pre-registration calendar as the journeys use it: a child and activity with days open, its boxes. */
public abstract class PreRegistrationSteps extends BrowserTest {

    protected record Choice(String child, String activity, String period) {
    }

    /**
     * The demo parent's children in turn (the demo registers one of them already), each with a demo activity that has
     * an open period (MERCREDI when one is open, as in the guide) and its first period, until a calendar offers days.
     */
    protected Choice firstChildWithDaysToAskFor() {
        open("portail/pre-inscrire.xhtml");
        List<String> children = new Select(waitFor(By.id("child"))).getOptions().stream().skip(1).map(WebElement::getText).toList();
        for (String child : children) {
            open("portail/pre-inscrire.xhtml");
            new Select(waitFor(By.id("child"))).selectByVisibleText(child);
            waitUntilReady();
            // The demo's activities only: other tests add their own, where the demo parent may have asked for days.
            List<String> activities = new Select(waitFor(By.id("activity"))).getOptions().stream().skip(1).map(WebElement::getText)
                    .filter(name -> name.startsWith("MERCREDI") || name.startsWith("VACANCES") || name.startsWith("ÉTÉ")).toList();
            if (activities.isEmpty()) {
                continue;
            }
            String activity = activities.stream().filter(name -> name.startsWith("MERCREDI")).findFirst().orElse(activities.get(0));
            new Select(waitFor(By.id("activity"))).selectByVisibleText(activity);
            waitUntilReady();
            String period = new Select(waitFor(By.id("period"))).getOptions().get(1).getText();
            showCalendar(child, activity, period);
            if (!openFullDays().isEmpty()) {
                return new Choice(child, activity, period);
            }
        }
        throw new AssertionError("The demo always leaves a child of the demo family with days open to registration: " + children);
    }

    protected void showCalendar(String child, String activity, String period) {
        open("portail/pre-inscrire.xhtml");
        new Select(waitFor(By.id("child"))).selectByVisibleText(child);
        waitUntilReady();
        new Select(waitFor(By.id("activity"))).selectByVisibleText(activity);
        waitUntilReady();
        new Select(waitFor(By.id("period"))).selectByVisibleText(period);
        waitUntilReady();
        waitFor(By.id("show-calendar")).click();
        waitUntilReady();
        waitFor(By.id("calendar"));
    }

    protected List<WebElement> openFullDays() {
        return browser.findElements(By.cssSelector("input.unit-box[title^='Journée']")).stream().filter(WebElement::isEnabled).toList();
    }

    /** "Journée 06/01/2027" → "06/01/2027". */
    protected static String day(WebElement box) {
        String title = box.getDomAttribute("title");
        return title.substring(title.lastIndexOf(' ') + 1);
    }

    protected WebElement box(String what, String day) {
        return waitFor(By.cssSelector("input[title='" + what + " " + day + "']"));
    }
}
