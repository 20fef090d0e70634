package fr.portailfamilles.activity;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.entity.BookingRequest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityStructureTest {

    private final Activity wednesdays = new Activity("MERCREDI 2026/2027", ActivityKind.WEDNESDAYS, "2026/2027",
            LocalDate.of(2026, 9, 2), LocalDate.of(2027, 7, 7), 3, 11);

    @Test
    void eachChildBelongsToOneGroupByAge() {
        wednesdays.addGroup("3–5 ans", 3, 5, 24);
        wednesdays.addGroup("6–11 ans", 6, 11, 36);

        assertEquals("3–5 ans", wednesdays.groupFor(5).orElseThrow().getName());
        assertEquals("6–11 ans", wednesdays.groupFor(6).orElseThrow().getName());
        assertTrue(wednesdays.groupFor(12).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> wednesdays.addGroup("5–7 ans", 5, 7, 10), "groups do not overlap");
        assertThrows(IllegalArgumentException.class, () -> wednesdays.addGroup("Ados", 12, 14, 10), "within the activity's ages");
    }

    @Test
    void aFullDayHoldsBothHalfDaysSoItExcludesEachButTheHalfDaysGoTogether() {
        ActivityUnit morning = wednesdays.addUnit("Matin", true, false);
        ActivityUnit afternoon = wednesdays.addUnit("Après-midi", false, true);
        ActivityUnit fullDay = wednesdays.addUnit("Journée", true, true);

        assertEquals(List.of("AM", "PM"), slots(fullDay));
        assertEquals(List.of("AM"), slots(morning));
        assertEquals(List.of("PM"), slots(afternoon));
        assertThrows(IllegalArgumentException.class, () -> wednesdays.addUnit("Nuit", false, false));
    }

    private List<String> slots(ActivityUnit unit) {
        OpeningDay day = wednesdays.addPeriod(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4), EnumSet.of(DayOfWeek.WEDNESDAY))
                .getOpeningDays().get(0);
        return BookingRequest.forUnit(1, null, day, unit, "parent@exemple.fr", Instant.parse("2026-10-01T10:00:00Z")).slots();
    }

    @Test
    void aPeriodOpensItsWeekdaysExceptHolidaysAndDaysCanBeClosedOrAdded() {
        Period period = wednesdays.addPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), EnumSet.of(DayOfWeek.WEDNESDAY));

        assertEquals(List.of(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 25)), days(period),
                "11 November is a public holiday");
        period.close(LocalDate.of(2026, 11, 25));
        period.open(LocalDate.of(2026, 11, 21));
        assertEquals(List.of(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 21)), days(period));
        assertThrows(IllegalArgumentException.class, () -> period.open(LocalDate.of(2026, 12, 2)), "outside the period");
        assertThrows(IllegalArgumentException.class, () -> wednesdays.addPeriod(LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 7, 30), EnumSet.of(DayOfWeek.WEDNESDAY)), "outside the activity");
    }

    @Test
    void requestsAreTakenWithinTheWindowInParisTime() {
        Period period = wednesdays.addPeriod(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 17), EnumSet.of(DayOfWeek.WEDNESDAY));
        period.registrationWindow(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 31));

        assertTrue(period.takesRequestsOn(ZonedDateTime.of(2026, 12, 31, 22, 59, 0, 0, ZoneId.of("UTC"))), "23:59 in Paris");
        assertFalse(period.takesRequestsOn(ZonedDateTime.of(2026, 12, 31, 23, 0, 0, 0, ZoneId.of("UTC"))), "midnight in Paris");
        assertFalse(period.takesRequestsOn(ZonedDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"))));
    }

    private static List<LocalDate> days(Period period) {
        return period.getOpeningDays().stream().map(OpeningDay::getDate).toList();
    }
}
