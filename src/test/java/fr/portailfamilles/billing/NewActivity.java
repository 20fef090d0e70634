package fr.portailfamilles.billing;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestClock;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An activity of a test's own, with one unit and no tariff yet, set up by staff over HTTP. */
final class NewActivity {

    private NewActivity() {
    }

    /** Creates the activity (running from today for a year) and its unit; answers the activity's Tarifs page. */
    static String withAUnit(Http staff, String unitLabel) {
        int year = TestClock.today().getYear() + 1;
        Map<String, String> activity = new LinkedHashMap<>();
        activity.put("activity-form", "activity-form");
        activity.put("name", "TARIFS " + System.nanoTime() % 1_000_000);
        activity.put("kind_input", "WEDNESDAYS");
        activity.put("season", (year - 1) + "/" + year);
        activity.put("starts-on_input", ParisTime.day(TestClock.today()));
        activity.put("ends-on_input", ParisTime.day(TestClock.today().plusYears(1)));
        activity.put("age-min_input", "3");
        activity.put("age-min_hinput", "3");
        activity.put("age-max_input", "11");
        activity.put("age-max_hinput", "11");
        activity.put("create", "");
        HttpResponse<String> created = staff.submit(staff.get("gestion/activites.xhtml").body(), "gestion/activites.xhtml", activity);
        assertEquals(302, created.statusCode(), created.body());
        String setUp = created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/gestion/", "gestion/");
        assertEquals(302, staff.submit(staff.get(setUp).body(), setUp, Map.of("unit-form", "unit-form", "unit-form:label", unitLabel,
                "unit-form:morning_input", "on", "unit-form:add", "")).statusCode());
        return "gestion/tarifs.xhtml?activite=" + setUp.replaceFirst("^.*id=", "");
    }
}
