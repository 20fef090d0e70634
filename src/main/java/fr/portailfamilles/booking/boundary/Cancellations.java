package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.booking.control.BookingMail;
import fr.portailfamilles.booking.control.Holds;
import fr.portailfamilles.booking.control.WaitingList;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parents cancel their own requests until the period's deadline, judged by the server in Paris time. A day
 * that loses its last unit loses its services too (a meal needs a unit); the places freed go to the waiting list.
 */
@Stateless
@RolesAllowed("PARENT")
public class Cancellations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Holds holds;

    @Inject
    WaitingList waitingList;

    @Inject
    BookingMail mail;

    @Inject
    Clock clock;

    /**
     * @param householdId the caller's own household, from their account
     * @return every request cancelled, the services that went with their unit included
     */
    public List<BookingRequest> cancel(long householdId, List<Long> requestIds, String cancelledBy) {
        if (requestIds.isEmpty()) {
            throw new ActionRefused("registrations.noneSelected");
        }
        ZonedDateTime now = clock.zonedNow();
        Set<BookingRequest> cancelled = new LinkedHashSet<>();
        for (Long id : requestIds.stream().sorted().toList()) {
            BookingRequest request = em.find(BookingRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (request == null || request.getHouseholdId() != householdId || !BookingStatus.LIVE.contains(request.getStatus())) {
                throw new ActionRefused("registrations.notCancellable");
            }
            if (!request.cancellableAt(now)) {
                throw new ActionRefused("registrations.tooLate", request.getDay().getDate().format(ParisTime.DAY));
            }
            cancelled.add(request);
        }
        cancelled.addAll(holds.servicesLeftWithoutUnit(cancelled));
        for (BookingRequest request : cancelled) {
            holds.release(request);
            request.cancel(cancelledBy, now.toInstant());
        }
        waitingList.promote(cancelled.stream().map(BookingRequest::getDay).toList());
        mail.cancelled(cancelledBy, List.copyOf(cancelled));
        return List.copyOf(cancelled);
    }
}
