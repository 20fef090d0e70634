package fr.portailfamilles.activity;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Http;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What staff post on the activity pages, for tests that set an activity up through its forms. */
final class ActivityForms {

    private ActivityForms() {
    }

    static Map<String, String> newActivity(String name, String kind, String season, LocalDate startsOn, LocalDate endsOn,
                                           int ageMin, int ageMax) {
        Map<String, String> activity = new LinkedHashMap<>();
        activity.put("activity-form", "activity-form");
        activity.put("name", name);
        activity.put("kind_input", kind);
        activity.put("season", season);
        activity.put("starts-on_input", ParisTime.day(startsOn));
        activity.put("ends-on_input", ParisTime.day(endsOn));
        activity.put("age-min_input", String.valueOf(ageMin));
        activity.put("age-min_hinput", String.valueOf(ageMin));
        activity.put("age-max_input", String.valueOf(ageMax));
        activity.put("age-max_hinput", String.valueOf(ageMax));
        activity.put("create", "");
        return activity;
    }

    static Map<String, String> newGroup(String name, int ageMin, int ageMax, int capacity) {
        return Map.of("group-form", "group-form", "group-form:name", name,
                "group-form:age-min_input", String.valueOf(ageMin), "group-form:age-min_hinput", String.valueOf(ageMin),
                "group-form:age-max_input", String.valueOf(ageMax), "group-form:age-max_hinput", String.valueOf(ageMax),
                "group-form:capacity_input", String.valueOf(capacity), "group-form:capacity_hinput", String.valueOf(capacity),
                "group-form:add", "");
    }

    static Map<String, String> newMorningUnit(String label) {
        return Map.of("unit-form", "unit-form", "unit-form:label", label, "unit-form:morning_input", "on", "unit-form:add", "");
    }

    /** Cancellable until 18 h two days before; answered by staff (the automatic answer's box is not posted). */
    static Map<String, String> newPeriod(LocalDate first, LocalDate last, LocalDate opensOn, LocalDate closesOn, DayOfWeek weekday) {
        Map<String, String> period = new LinkedHashMap<>();
        period.put("period-form", "period-form");
        period.put("period-form:first-day_input", ParisTime.day(first));
        period.put("period-form:last-day_input", ParisTime.day(last));
        period.put("period-form:opens-on_input", ParisTime.day(opensOn));
        period.put("period-form:closes-on_input", ParisTime.day(closesOn));
        period.put("period-form:cancel-days_input", "2");
        period.put("period-form:cancel-days_hinput", "2");
        period.put("period-form:cancel-hour_input", "18");
        period.put("period-form:cancel-hour_hinput", "18");
        period.put("period-form:weekdays", weekday.name());
        period.put("period-form:add", "");
        return period;
    }

    /** Creates the activity: the path of its page. */
    static String create(Http staff, Map<String, String> activity) {
        HttpResponse<String> created = submit(staff, "gestion/activites.xhtml", activity);
        assertEquals(302, created.statusCode(), created.body());
        return created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/gestion/", "gestion/");
    }

    /** The form as the page at that path shows it now, posted with those fields. */
    static HttpResponse<String> submit(Http staff, String path, Map<String, String> form) {
        return staff.submit(staff.get(path).body(), path, form);
    }
}
