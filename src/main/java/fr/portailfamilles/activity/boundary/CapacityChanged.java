package fr.portailfamilles.activity.boundary;

/**
 * Fired, within the transaction, when staff changed the places of a group or the seats of a service: bookings
 * resize the days to come (or refuse, when children already accepted would not fit) and promote waiting requests.
 */
public record CapacityChanged(long activityId) {
}
