package fr.portailfamilles.booking.entity;

import java.util.List;

/** The centre's answer to a request, as the parent reads it in Inscriptions. */
public enum BookingStatus {
    /** En attente: staff answer requests of this period. */
    PENDING,
    /** Acceptée: a place is held. */
    ACCEPTED,
    /** Refusée, with a reason. */
    REFUSED,
    /** Liste d'attente: the first to get a place that frees. */
    WAITING,
    /** Annulée by the parent before the deadline. */
    CANCELLED;

    /** Hold their half-days or service on the day: a second request for them would be a double booking. */
    public static final List<BookingStatus> LIVE = List.of(PENDING, ACCEPTED, WAITING);
}
