package fr.portailfamilles.activity;

import fr.portailfamilles.activity.control.FrenchPublicHolidays;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.portailfamilles.activity.ActivityForms.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff change the weekdays of a two-week holiday period open on Wednesdays, which the demo family asked for on
 * one Wednesday: Mondays and Tuesdays added show in the calendar; dropping Wednesdays is refused, saying what
 * holds them; dropping Mondays, which nobody asked for, is done; a page filled before those saves saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PeriodWeekdaysJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffAddWeekdaysCannotDropABookedOneAndDropAnUnbookedOne() {
        LocalDate today = TestClock.today();
        LocalDate first = today.plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate last = first.plusDays(13);
        String name = "JOURS " + System.nanoTime();
        Http staff = StaffPages.loggedInStaff();
        String periodPage = newPeriodOnWednesdays(staff, name, today, first, last);
        LocalDate bookedWednesday = days(first, last, DayOfWeek.WEDNESDAY).get(0);
        askForAMorningAsTheDemoParent(name, bookedWednesday);
        String filledBeforehand = staff.get(periodPage).body();

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open(periodPage);
        tick("Lun");
        tick("Mar");
        clickAndWait(By.id("weekdays-form:save"));
        List<LocalDate> mondays = days(first, last, DayOfWeek.MONDAY);
        List<LocalDate> tuesdays = days(first, last, DayOfWeek.TUESDAY);
        assertTrue(messages().contains((mondays.size() + tuesdays.size()) + " jour(s) ajouté(s), 0 retiré(s) à partir du "
                + ParisTime.day(first)), messages());
        String calendar = waitFor(By.id("days-form:days")).getText();
        tuesdays.forEach(day -> assertTrue(calendar.contains("Mar " + ParisTime.day(day)), day + " in " + calendar));
        mondays.forEach(day -> assertTrue(calendar.contains("Lun " + ParisTime.day(day)), day + " in " + calendar));

        tick("Mer");
        clickAndWait(By.id("weekdays-form:save"));
        assertTrue(messages().contains("1 jour(s) à retirer compte(nt) 1 demande(s) d’inscription"), messages());
        assertFalse(weekday(DayOfWeek.WEDNESDAY).isSelected(), "the form keeps the staff's choice");
        assertTrue(waitFor(By.id("days-form:days")).getText().contains("Mer " + ParisTime.day(bookedWednesday)), "nothing saved");

        tick("Mer");
        tick("Lun");
        clickAndWait(By.id("weekdays-form:save"));
        assertTrue(messages().contains("0 jour(s) ajouté(s), " + mondays.size() + " retiré(s) à partir du " + ParisTime.day(first)), messages());
        String after = waitFor(By.id("days-form:days")).getText();
        mondays.forEach(day -> assertFalse(after.contains(ParisTime.day(day)), day + " left the calendar"));
        assertTrue(after.contains("Mer " + ParisTime.day(bookedWednesday)));
        assertTrue(waitFor(By.id("current-weekdays")).getText().endsWith("Mar, Mer"));

        String stale = staff.submit(filledBeforehand, periodPage, Map.of("weekdays-form", "weekdays-form",
                "weekdays-form:weekdays", "FRIDAY", "weekdays-form:save", "")).body();
        assertTrue(stale.contains("Un autre membre de l’équipe a modifié cette période"), "a page filled before the saves saves nothing");
    }

    /** Clicks the weekday's box in the weekdays form: ticks it, or unticks it. */
    private void tick(String weekday) {
        waitFor(By.xpath("//*[@id='weekdays-form:weekdays']//label[normalize-space()='" + weekday + "']")).click();
    }

    private WebElement weekday(DayOfWeek day) {
        return browser.findElement(By.cssSelector("#weekdays-form input[value='" + day.name() + "']"));
    }

    /** The days of that weekday in the span that are not public holidays: those a period opens. */
    private static List<LocalDate> days(LocalDate first, LocalDate last, DayOfWeek weekday) {
        return first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek() == weekday && !FrenchPublicHolidays.isHoliday(d)).toList();
    }

    /** As the demo parent, through the registration calendar: a morning for the first child the activity takes. */
    private void askForAMorningAsTheDemoParent(String activity, LocalDate day) {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/pre-inscrire.xhtml");
        List<String> children = new Select(waitFor(By.id("child"))).getOptions().stream().skip(1).map(WebElement::getText).toList();
        String child = children.stream().filter(c -> {
            new Select(waitFor(By.id("child"))).selectByVisibleText(c);
            waitUntilReady();
            return new Select(waitFor(By.id("activity"))).getOptions().stream().anyMatch(o -> o.getText().equals(activity));
        }).findFirst().orElseThrow(() -> new AssertionError("The activity takes every child aged 3 to 17: " + children));
        new Select(waitFor(By.id("child"))).selectByVisibleText(child);
        waitUntilReady();
        new Select(waitFor(By.id("activity"))).selectByVisibleText(activity);
        waitUntilReady();
        new Select(waitFor(By.id("period"))).selectByIndex(1);
        waitUntilReady();
        waitFor(By.id("show-calendar")).click();
        waitUntilReady();
        waitFor(By.cssSelector("input[title='Matin " + ParisTime.day(day) + "']")).click();
        clickAndWait(By.id("validate-exit"));
        assertTrue(messages().contains("transmise"), messages());
        logOut();
    }

    /** Through the forms, as staff: a holiday activity for children of 3 to 17, its group and unit, and its period, answered by staff. */
    private static String newPeriodOnWednesdays(Http staff, String name, LocalDate today, LocalDate first, LocalDate last) {
        Map<String, String> activity = ActivityForms.newActivity(name, "HOLIDAYS", (first.getYear() - 1) + "/" + first.getYear(),
                first, last, 3, 17);
        String page = ActivityForms.create(staff, activity);
        assertEquals(302, submit(staff, page, ActivityForms.newGroup("Tous", 3, 17, 12)).statusCode());
        assertEquals(302, submit(staff, page, ActivityForms.newMorningUnit("Matin")).statusCode());

        Map<String, String> period = ActivityForms.newPeriod(first, last, today, first.minusDays(1), DayOfWeek.WEDNESDAY);
        HttpResponse<String> added = submit(staff, page, period);
        assertEquals(302, added.statusCode(), added.body());
        Matcher periodLink = Pattern.compile("(gestion/periode\\.xhtml\\?id=\\d+)\">du ").matcher(staff.get(page).body());
        assertTrue(periodLink.find(), "the period's link");
        return periodLink.group(1);
    }
}
