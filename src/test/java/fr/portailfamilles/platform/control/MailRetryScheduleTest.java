package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MailRetryScheduleTest {

    private static final Instant FAILED_AT = Instant.parse("2027-03-28T00:59:30Z");

    @Test
    void eachFailureWaitsLongerThanTheOneBefore() {
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofMinutes(1))), MailRetrySchedule.nextAttempt(1, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofMinutes(5))), MailRetrySchedule.nextAttempt(2, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofMinutes(30))), MailRetrySchedule.nextAttempt(3, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofHours(2))), MailRetrySchedule.nextAttempt(4, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofHours(12))), MailRetrySchedule.nextAttempt(5, FAILED_AT));
    }

    @Test
    void theSixthFailureIsTheLast() {
        assertEquals(6, MailRetrySchedule.MAX_ATTEMPTS);
        assertEquals(Optional.empty(), MailRetrySchedule.nextAttempt(6, FAILED_AT));
        assertEquals(Optional.empty(), MailRetrySchedule.nextAttempt(7, FAILED_AT), "a lapsed claim's extra attempt ends it too");
    }

    @Test
    void aFailureNeedsAnAttempt() {
        assertThrows(IllegalArgumentException.class, () -> MailRetrySchedule.nextAttempt(0, FAILED_AT));
    }
}
