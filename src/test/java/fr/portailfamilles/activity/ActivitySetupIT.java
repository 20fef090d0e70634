package fr.portailfamilles.activity;

import fr.portailfamilles.activity.control.FrenchPublicHolidays;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
 * Staff set up an activity: a group, a unit, a service, then a period whose opening days are its Thursdays
 * minus Ascension Day; a day is closed and a Saturday opened by hand. Bad input is said in French.
 */
@ExtendWith(ArquillianExtension.class)
class ActivitySetupIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /**
     * Next year's Thursdays from 30 April to 3 June: a span that always holds Ascension Day, a Thursday holiday
     * that the opening days leave out.
     */
    @Test
    void staffSetUpAnActivityAndItsOpeningDays() {
        int year = TestClock.today().getYear() + 1;
        LocalDate first = LocalDate.of(year, 4, 30);
        LocalDate last = LocalDate.of(year, 6, 3);
        Http staff = StaffPages.loggedInStaff();
        assertTrue(staff.get("gestion/activites.xhtml").body().contains("MERCREDI "), "the demo's activities");

        Map<String, String> activity = ActivityForms.newActivity("Ateliers du jeudi " + year, "WEDNESDAYS", (year - 1) + "-" + year,
                LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30), 6, 11);
        assertTrue(submit(staff, "gestion/activites.xhtml", activity).body().contains("L’année scolaire s’écrit 2027/2028."));
        activity.put("season", (year - 1) + "/" + year);
        String page = ActivityForms.create(staff, activity);

        assertEquals(302, submit(staff, page, ActivityForms.newGroup("6–11 ans", 6, 11, 12)).statusCode());
        String refused = submit(staff, page, ActivityForms.newGroup("Grands", 10, 14, 12)).body();
        assertTrue(refused.contains("sans chevaucher un autre groupe"), "ages outside the activity");
        assertEquals(302, submit(staff, page, Map.of("unit-form", "unit-form", "unit-form:label", "Après-midi",
                "unit-form:afternoon_input", "on", "unit-form:add", "")).statusCode());
        assertEquals(302, submit(staff, page, Map.of("service-form", "service-form", "service-form:label", "goûter",
                "service-form:add", "")).statusCode());

        Map<String, String> period = ActivityForms.newPeriod(first, last, TestClock.today(), first.minusDays(10), DayOfWeek.THURSDAY);
        HttpResponse<String> added = submit(staff, page, period);
        assertEquals(302, added.statusCode(), added.body());

        String setUp = staff.get(page).body();
        assertTrue(setUp.contains("6–11 ans") && setUp.contains("Après-midi") && setUp.contains("GOÛTER"), setUp);
        Matcher periodLink = Pattern.compile("(gestion/periode\\.xhtml\\?id=\\d+)\">du " + day(first) + " au " + day(last)).matcher(setUp);
        assertTrue(periodLink.find(), setUp);
        String days = staff.get(periodLink.group(1)).body();
        List<LocalDate> thursdays = first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).toList();
        List<LocalDate> holidays = thursdays.stream().filter(FrenchPublicHolidays::isHoliday).toList();
        assertFalse(holidays.isEmpty(), "Ascension Day falls in this span every year");
        thursdays.stream().filter(d -> !holidays.contains(d)).forEach(d -> assertTrue(days.contains("Jeu " + day(d)), d + " in " + days));
        holidays.forEach(d -> assertFalse(days.contains(day(d)), "a public holiday is not an opening day: " + d));

        LocalDate firstOpen = thursdays.stream().filter(d -> !holidays.contains(d)).findFirst().orElseThrow();
        LocalDate saturday = firstOpen.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        HttpResponse<String> opened = submit(staff, periodLink.group(1), Map.of("days-form", "days-form",
                "days-form:day_input", day(saturday), "days-form:open", ""));
        assertEquals(302, opened.statusCode(), opened.body());
        String withSaturday = staff.get(periodLink.group(1)).body();
        assertTrue(withSaturday.contains("Sam " + day(saturday)), "a Saturday outing opened by hand");
        HttpResponse<String> closed = submit(staff, periodLink.group(1), Map.of("days-form", "days-form", "days-form:days:0:close", ""));
        assertEquals(302, closed.statusCode(), closed.body());
        assertFalse(staff.get(periodLink.group(1)).body().contains(day(firstOpen)), "a closure leaves the calendar");
        assertTrue(submit(staff, periodLink.group(1), Map.of("days-form", "days-form", "days-form:day_input", day(last.plusDays(7)),
                "days-form:open", "")).body().contains("hors de la période"));
    }

    private static String day(LocalDate date) {
        return ParisTime.day(date);
    }
}
