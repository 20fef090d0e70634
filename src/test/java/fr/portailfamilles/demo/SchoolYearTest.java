package fr.portailfamilles.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules give the real calendars of zone B closely enough: checked against 2025/2026 and 2026/2027. */
class SchoolYearTest {

    private final SchoolYear year2025 = new SchoolYear(2025);
    private final SchoolYear year2026 = new SchoolYear(2026);

    @Test
    void holidaysOf2025And2026() {
        assertEquals(LocalDate.of(2025, 9, 1), year2025.backToSchool());
        assertEquals(new SchoolYear.Span(LocalDate.of(2025, 10, 18), LocalDate.of(2025, 11, 2)), year2025.autumnHolidays());
        assertEquals(new SchoolYear.Span(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 4)), year2025.christmasHolidays());
        assertEquals(new SchoolYear.Span(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 1)), year2025.winterHolidays());
        assertEquals(new SchoolYear.Span(LocalDate.of(2026, 4, 11), LocalDate.of(2026, 4, 26)), year2025.springHolidays());
        assertEquals(LocalDate.of(2026, 7, 4), year2025.summerHolidays().first());
        assertEquals(LocalDate.of(2026, 9, 1), year2026.backToSchool(), "a Tuesday");
        assertEquals(new SchoolYear.Span(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1)), year2026.autumnHolidays());
        assertEquals(new SchoolYear.Span(LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3)), year2026.christmasHolidays());
    }

    @Test
    void aSchoolYearRunsFromSeptemberToAugust() {
        assertEquals(2026, SchoolYear.containing(LocalDate.of(2026, 9, 1)).startYear());
        assertEquals(2025, SchoolYear.containing(LocalDate.of(2026, 8, 31)).startYear());
        assertEquals(2026, SchoolYear.containing(LocalDate.of(2027, 7, 14)).startYear(), "summer belongs to the year it ends");
        assertEquals("2026/2027", year2026.season());
    }

    @Test
    void wednesdaysRunBetweenTheHolidays() {
        var periods = year2026.wednesdayPeriods();
        assertEquals(5, periods.size());
        assertEquals(LocalDate.of(2026, 9, 1), periods.get(0).first());
        assertEquals(LocalDate.of(2026, 10, 16), periods.get(0).last());
        assertEquals(LocalDate.of(2026, 11, 2), periods.get(1).first());
        assertEquals(LocalDate.of(2027, 7, 2), periods.get(4).last(), "until the summer's first Saturday");
    }
}
