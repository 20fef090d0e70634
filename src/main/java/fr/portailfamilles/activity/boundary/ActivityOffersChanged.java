package fr.portailfamilles.activity.boundary;

/**
 * Fired, within the transaction, when what an activity offers changed (a period, a day, a group or a service
 * added): bookings prepare the places of its opening days.
 */
public record ActivityOffersChanged(long activityId) {
}
