package fr.portailfamilles.activity.boundary;

import java.util.List;

/**
 * Fired, within the transaction, before opening days leave the calendar (a day closed, a weekday dropped):
 * bookings refuse it when children are booked on one of them, and otherwise drop their place counters.
 */
public record OpeningDayClosing(List<Long> openingDayIds) {

    public OpeningDayClosing {
        openingDayIds = List.copyOf(openingDayIds);
    }

    public static OpeningDayClosing of(long openingDayId) {
        return new OpeningDayClosing(List.of(openingDayId));
    }
}
