package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.CertificateStatus;

import java.time.LocalDate;

/**
 * One unit (Matin, Journée…) or service (REPAS…) booked for a child on a day, as invoicing reads it: who booked
 * it, what it is, and whether it is to be billed.
 *
 * @param unitId    the unit, or null for a service
 * @param serviceId the service, or null for a unit
 * @param label     the unit's or the service's name
 * @param certificateUnderReview a medical certificate for the day waits for staff: the day may still be excused
 * @param bookedBy  the parent's login that made the request ("anonyme" once the household is anonymised)
 */
public record BookedDay(long requestId, long householdId, long childId, String childName, LocalDate date, long openingDayId,
                        long activityId, String activityName, Long unitId, Long serviceId, String label, State state,
                        boolean certificateUnderReview, String bookedBy) {

    /** What the day is for the invoice. */
    public enum State {
        /** Accepted: billed. Whether the child came is not known yet. */
        ACCEPTED,
        /** Cancelled by the family before the deadline: not billed. */
        CANCELLED_IN_TIME,
        /** Accepted, then missed with a medical certificate staff validated: a justified absence, not billed. */
        ABSENCE_JUSTIFIED,
        /** Refused by staff: not billed. */
        REFUSED,
        /** Never given a place (waiting for an answer or on the waiting list): not billed. */
        NOT_PLACED;

        public boolean billable() {
            return this == ACCEPTED;
        }
    }

    static BookedDay of(BookingRequest request) {
        boolean unit = request.getUnit() != null;
        return new BookedDay(request.getId(), request.getHouseholdId(), request.getChild().getId(), request.getChild().getFullName(),
                request.getDate(), request.getDay().getId(), request.getDay().getPeriod().getActivity().getId(),
                request.getDay().getPeriod().getActivity().getName(), unit ? request.getUnit().getId() : null,
                unit ? null : request.getService().getId(), request.what(), stateOf(request),
                request.getCertificate() != null && request.getCertificate().getStatus() == CertificateStatus.SUBMITTED,
                request.getRequestedBy());
    }

    private static State stateOf(BookingRequest request) {
        return switch (request.getStatus()) {
            case ACCEPTED -> request.isAbsenceJustified() ? State.ABSENCE_JUSTIFIED : State.ACCEPTED;
            case CANCELLED -> State.CANCELLED_IN_TIME;
            case REFUSED -> State.REFUSED;
            case PENDING, WAITING -> State.NOT_PLACED;
        };
    }

    public boolean isBillable() {
        return state.billable();
    }
}
