package fr.portailfamilles.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A French school year (zone B, académie d'Orléans-Tours) by the rules its calendar follows closely enough for the
 * demo: back to school in the first days of September, two weeks in autumn ending on the Sunday after All Saints'
 * Day, two weeks at Christmas, two weeks from the second Saturday of February and of April, summer from the first
 * Saturday from 3 July.
 */
record SchoolYear(int startYear) {

    /** A span of days, both ends included. */
    record Span(LocalDate first, LocalDate last) {

        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /** The school year under way on this day; in July and August, the one whose summer it is. */
    static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    /** "2026/2027". */
    String season() {
        return startYear + "/" + (startYear + 1);
    }

    /** The first school day: 1 September, or the Monday after it when it falls at the end of the week. */
    LocalDate backToSchool() {
        LocalDate first = LocalDate.of(startYear, Month.SEPTEMBER, 1);
        return first.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue() ? first
                : first.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    Span autumnHolidays() {
        LocalDate lastSunday = LocalDate.of(startYear, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return twoWeeksEndingOn(lastSunday);
    }

    Span christmasHolidays() {
        LocalDate saturday = LocalDate.of(startYear, Month.DECEMBER, 24).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new Span(saturday, saturday.plusDays(15));
    }

    Span winterHolidays() {
        return twoWeeksFrom(LocalDate.of(startYear + 1, Month.FEBRUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY)));
    }

    Span springHolidays() {
        return twoWeeksFrom(LocalDate.of(startYear + 1, Month.APRIL, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY)));
    }

    /** Summer until the last Friday of August: the centre closes for the last days before school. */
    Span summerHolidays() {
        LocalDate saturday = LocalDate.of(startYear + 1, Month.JULY, 3).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new Span(saturday, LocalDate.of(startYear + 1, Month.AUGUST, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)));
    }

    /** The five spans of Wednesdays between back to school, the holidays and summer. */
    List<Span> wednesdayPeriods() {
        return List.of(
                new Span(backToSchool(), autumnHolidays().first().minusDays(1)),
                new Span(autumnHolidays().last().plusDays(1), christmasHolidays().first().minusDays(1)),
                new Span(christmasHolidays().last().plusDays(1), winterHolidays().first().minusDays(1)),
                new Span(winterHolidays().last().plusDays(1), springHolidays().first().minusDays(1)),
                new Span(springHolidays().last().plusDays(1), summerHolidays().first().minusDays(1)));
    }

    private static Span twoWeeksFrom(LocalDate saturday) {
        return new Span(saturday, saturday.plusDays(15));
    }

    private static Span twoWeeksEndingOn(LocalDate sunday) {
        return new Span(sunday.minusDays(15), sunday);
    }
}
