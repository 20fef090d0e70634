package fr.portailfamilles.activity.boundary;

/**
 * Fired, within the transaction, before an opening day leaves the calendar: bookings refuse it when children
 * are booked that day, and otherwise drop its place counters.
 */
public record OpeningDayClosing(long openingDayId) {
}
