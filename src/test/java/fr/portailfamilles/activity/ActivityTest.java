package fr.portailfamilles.activity;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityTest {

    @Test
    void welcomesChildrenWithinItsAgeRange() {
        Activity wednesdays = new Activity("MERCREDI 2026/2027", ActivityKind.WEDNESDAYS, "2026/2027",
                LocalDate.of(2026, 9, 2), LocalDate.of(2027, 7, 7), 3, 11);
        assertTrue(wednesdays.welcomesAge(3));
        assertTrue(wednesdays.welcomesAge(11));
        assertFalse(wednesdays.welcomesAge(2));
        assertFalse(wednesdays.welcomesAge(12));
    }

    @Test
    void refusesReversedDatesOrAges() {
        assertThrows(IllegalArgumentException.class, () -> new Activity("X", ActivityKind.HOLIDAYS, "2026/2027",
                LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1), 3, 11));
        assertThrows(IllegalArgumentException.class, () -> new Activity("X", ActivityKind.HOLIDAYS, "2026/2027",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), 11, 3));
    }
}
