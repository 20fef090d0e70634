package fr.portailfamilles.billing.control;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When the automatic run is due: from the set day and hour of a month (Paris time), the previous month. A server
 * that was down at that moment finds it still due when it comes back, until the end of the month.
 */
public final class ScheduledMonth {

    private ScheduledMonth() {
    }

    /** The month to invoice at this moment, if its automatic run is due. */
    public static Optional<YearMonth> due(ZonedDateTime parisNow, int day, int hour) {
        ZonedDateTime moment = parisNow.withDayOfMonth(Math.min(day, parisNow.toLocalDate().lengthOfMonth()))
                .withHour(hour).withMinute(0).withSecond(0).withNano(0);
        return parisNow.isBefore(moment) ? Optional.empty() : Optional.of(YearMonth.from(parisNow).minusMonths(1));
    }
}
