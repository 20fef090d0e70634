package fr.portailfamilles.activity;

import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.control.FrenchPublicHolidays;
import fr.portailfamilles.activity.control.OpeningDays;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarRulesTest {

    @Test
    void publicHolidaysFollowEaster() {
        assertEquals(Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 17), LocalDate.of(2027, 7, 14),
                LocalDate.of(2027, 8, 15), LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 11), LocalDate.of(2027, 12, 25)),
                FrenchPublicHolidays.of(2027));
        assertTrue(FrenchPublicHolidays.isHoliday(LocalDate.of(2026, 4, 6)), "Lundi de Pâques 2026");
        assertTrue(FrenchPublicHolidays.isHoliday(LocalDate.of(2026, 5, 14)), "Ascension 2026");
        assertTrue(FrenchPublicHolidays.isHoliday(LocalDate.of(2026, 5, 25)), "Lundi de Pentecôte 2026");
        assertTrue(FrenchPublicHolidays.isHoliday(LocalDate.of(2038, 4, 26)), "Easter Monday after the latest Easter");
        assertFalse(FrenchPublicHolidays.isHoliday(LocalDate.of(2026, 5, 13)));
    }

    @Test
    void wednesdaysOfAPeriodSkipHolidaysAndClosures() {
        List<LocalDate> days = OpeningDays.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                Set.of(DayOfWeek.WEDNESDAY), Set.of(LocalDate.of(2026, 11, 25)));

        assertEquals(List.of(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 18)), days,
                "11 November is a holiday, 25 November a closure");
    }

    @Test
    void theDeadlineIsInParisTimeWhateverTheSeason() {
        CancellationRule rule = new CancellationRule(7, LocalTime.NOON);
        LocalDate winterDay = LocalDate.of(2027, 1, 13);
        LocalDate summerDay = LocalDate.of(2027, 7, 7);

        assertEquals(ZonedDateTime.of(2027, 1, 6, 12, 0, 0, 0, ZoneId.of("Europe/Paris")), rule.deadlineFor(winterDay));
        assertTrue(rule.stillOpen(summerDay, ZonedDateTime.of(2027, 6, 30, 9, 59, 0, 0, ZoneId.of("UTC"))), "11:59 in Paris");
        assertFalse(rule.stillOpen(summerDay, ZonedDateTime.of(2027, 6, 30, 10, 0, 0, 0, ZoneId.of("UTC"))), "12:00 in Paris");
    }
}
