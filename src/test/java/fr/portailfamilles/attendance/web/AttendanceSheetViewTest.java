package fr.portailfamilles.attendance.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mark corrected on a later day shows its date on the sheet; the day is Paris's, not the server's UTC. */
class AttendanceSheetViewTest {

    @Test
    void aCorrectionMadeAnotherDayIsNotTakenForOneOfTheDayShown() {
        AttendanceSheetView view = new AttendanceSheetView();
        view.setDay(LocalDate.of(2026, 11, 25));

        assertTrue(view.madeOnTheDay(Instant.parse("2026-11-25T08:30:00Z")));
        assertTrue(view.madeOnTheDay(Instant.parse("2026-11-24T23:30:00Z")), "00:30 in Paris on the 25th");
        assertFalse(view.madeOnTheDay(Instant.parse("2026-11-25T23:30:00Z")), "00:30 in Paris on the 26th");
        assertFalse(view.madeOnTheDay(Instant.parse("2026-12-01T02:18:00Z")), "a correction days later");
    }
}
