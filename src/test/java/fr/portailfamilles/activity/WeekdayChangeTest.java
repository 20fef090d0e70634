package fr.portailfamilles.activity;

import fr.portailfamilles.activity.control.FrenchPublicHolidays;
import fr.portailfamilles.activity.control.WeekdayChange;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A period's weekdays changed on a day within it: over the five weeks around Ascension Day (a Thursday public
 * holiday), Wednesdays become Thursdays from the Monday before it. Several years, as Easter moves the span.
 */
class WeekdayChangeTest {

    @ParameterizedTest
    @ValueSource(ints = {2027, 2028, 2029, 2030, 2031})
    void fromTodayOnTheDroppedWeekdayClosesAndTheAddedOneOpensWithoutHolidays(int year) {
        LocalDate ascension = ascension(year);
        Period period = wednesdaysAround(ascension);
        LocalDate today = ascension.minusDays(3);
        List<LocalDate> before = dates(period);
        LocalDate saturday = ascension.plusDays(2);
        period.open(saturday);

        WeekdayChange change = period.weekdayChange(EnumSet.of(DayOfWeek.THURSDAY), today);

        assertEquals(today, change.from());
        List<LocalDate> thursdaysToCome = period.getFirstDay().datesUntil(period.getLastDay().plusDays(1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY && !d.isBefore(today) && !FrenchPublicHolidays.isHoliday(d)).toList();
        assertEquals(thursdaysToCome, change.added());
        assertFalse(change.added().contains(ascension), "Ascension Day stays closed");
        assertTrue(change.added().contains(ascension.plusWeeks(1)));
        assertEquals(before.stream().filter(d -> !d.isBefore(today)).toList(), change.removed());
        assertTrue(change.removed().contains(ascension.minusDays(1)), "the Wednesday of this week");

        period.changeWeekdays(change);
        List<LocalDate> after = dates(period);
        before.stream().filter(d -> d.isBefore(today)).forEach(past -> assertTrue(after.contains(past), "past Wednesdays stay: " + past));
        assertTrue(after.stream().filter(d -> !d.isBefore(today)).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.WEDNESDAY));
        assertTrue(after.contains(saturday), "a Saturday outing opened by hand is no weekday's: it stays");
        assertTrue(after.containsAll(thursdaysToCome));
        assertEquals(List.of(DayOfWeek.THURSDAY), period.getWeekdays());
        assertEquals(after.stream().sorted().toList(), after, "in date order");
    }

    @ParameterizedTest
    @ValueSource(ints = {2027, 2030})
    void aPeriodNotStartedChangesFromItsFirstDayAndAFinishedOneNotAtAll(int year) {
        Period period = wednesdaysAround(ascension(year));
        LocalDate longBefore = period.getFirstDay().minusMonths(2);

        WeekdayChange change = period.weekdayChange(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), longBefore);

        assertEquals(period.getFirstDay(), change.from());
        assertTrue(change.removed().isEmpty(), "a weekday added removes nothing");
        // The span holds four Fridays, public holidays aside.
        assertEquals(4, change.added().size() + holidays(change.from(), period.getLastDay(), DayOfWeek.FRIDAY), change.added().toString());
        assertThrows(IllegalArgumentException.class, () -> period.weekdayChange(EnumSet.of(DayOfWeek.FRIDAY), period.getLastDay().plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> period.weekdayChange(Set.of(), period.getFirstDay()));
    }

    @ParameterizedTest
    @ValueSource(ints = {2027, 2031})
    void aDayStaffClosedStaysClosedWhenItsWeekdayComesBack(int year) {
        LocalDate ascension = ascension(year);
        Period period = wednesdaysAround(ascension);
        LocalDate today = ascension.minusDays(3);
        LocalDate strike = ascension.plusDays(6);
        period.close(strike);
        period.changeWeekdays(period.weekdayChange(EnumSet.of(DayOfWeek.THURSDAY), today));

        WeekdayChange back = period.weekdayChange(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), today);

        assertEquals(List.of(ascension.minusDays(1), ascension.plusDays(13)), back.added(), "the Wednesdays to come but the strike");
    }

    /** Five weeks from the Wednesday two weeks before Ascension Day to the Thursday two weeks after. */
    private static Period wednesdaysAround(LocalDate ascension) {
        LocalDate first = ascension.minusDays(15);
        Activity activity = new Activity("MERCREDI", ActivityKind.WEDNESDAYS, (first.getYear() - 1) + "/" + first.getYear(),
                first.minusMonths(1), first.plusMonths(3), 3, 11);
        return activity.addPeriod(first, ascension.plusDays(14), EnumSet.of(DayOfWeek.WEDNESDAY));
    }

    private static LocalDate ascension(int year) {
        // The Thursday holiday that Whit Monday follows by eleven days.
        return FrenchPublicHolidays.of(year).stream().filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY)
                .filter(d -> FrenchPublicHolidays.isHoliday(d.plusDays(11))).findFirst().orElseThrow();
    }

    private static long holidays(LocalDate from, LocalDate to, DayOfWeek weekday) {
        return from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfWeek() == weekday && FrenchPublicHolidays.isHoliday(d)).count();
    }

    private static List<LocalDate> dates(Period period) {
        return period.getOpeningDays().stream().map(OpeningDay::getDate).toList();
    }
}
