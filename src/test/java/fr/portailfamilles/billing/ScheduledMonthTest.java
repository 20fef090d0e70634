package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.ScheduledMonth;
import fr.portailfamilles.platform.control.ParisTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The automatic run: from the set day and hour of a month, Paris time, the previous month is due. */
class ScheduledMonthTest {

    @Test
    void thePreviousMonthIsDueFromTheFirstAtTwoInTheMorning() {
        assertEquals(Optional.empty(), ScheduledMonth.due(paris("2026-11-01T01:59"), 1, 2));
        assertEquals(Optional.of(YearMonth.of(2026, 10)), ScheduledMonth.due(paris("2026-11-01T02:00"), 1, 2));
        assertEquals(Optional.of(YearMonth.of(2026, 10)), ScheduledMonth.due(paris("2026-11-30T23:55"), 1, 2),
                "a server that was down at 02:00 catches up");
    }

    @Test
    void januaryInvoicesDecemberOfTheYearBefore() {
        assertEquals(Optional.of(YearMonth.of(2026, 12)), ScheduledMonth.due(paris("2027-01-01T02:05"), 1, 2));
    }

    @Test
    void anotherDayAndHourSetByIt() {
        assertEquals(Optional.empty(), ScheduledMonth.due(paris("2026-11-04T23:00"), 5, 6));
        assertEquals(Optional.empty(), ScheduledMonth.due(paris("2026-11-05T05:59"), 5, 6));
        assertEquals(Optional.of(YearMonth.of(2026, 10)), ScheduledMonth.due(paris("2026-11-05T06:00"), 5, 6));
    }

    @Test
    void anHourThatTheSpringChangeSkipsComesAtTheNextOne() {
        // 29 March 2026: Paris goes from 02:00 to 03:00.
        assertEquals(Optional.empty(), ScheduledMonth.due(paris("2026-03-29T01:59"), 29, 2));
        assertEquals(Optional.of(YearMonth.of(2026, 2)), ScheduledMonth.due(paris("2026-03-29T03:00"), 29, 2));
    }

    private static ZonedDateTime paris(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ParisTime.ZONE);
    }
}
