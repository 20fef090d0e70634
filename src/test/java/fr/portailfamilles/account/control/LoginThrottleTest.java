package fr.portailfamilles.account.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static List<Instant> failures(int count, int secondsApart) {
        List<Instant> times = new ArrayList<>();
        for (int i = count; i > 0; i--) {
            times.add(NOW.minusSeconds((long) i * secondsApart));
        }
        return times;
    }

    @Test
    void nineFailuresDoNotLock() {
        assertEquals(Optional.empty(), LoginThrottle.lockedUntil(failures(9, 10), NOW));
    }

    @Test
    void theTenthLocksUntilTheOldestOfTheLastTenIsFifteenMinutesOld() {
        List<Instant> times = failures(10, 10);
        assertEquals(Optional.of(times.get(0).plus(LoginThrottle.WINDOW)), LoginThrottle.lockedUntil(times, NOW));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        assertEquals(Optional.empty(), LoginThrottle.lockedUntil(failures(10, 100), NOW));
    }
}
