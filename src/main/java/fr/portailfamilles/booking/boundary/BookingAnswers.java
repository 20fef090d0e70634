package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.control.BookingMail;
import fr.portailfamilles.booking.control.Holds;
import fr.portailfamilles.booking.control.WaitingList;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff answer the requests of a period: accept (within the places left, or the request goes to the waiting
 * list), refuse with a reason, or put on the waiting list; one by one or several at once. Each family is told
 * by one e-mail per batch, listing its answers.
 */
@Stateless
@RolesAllowed("STAFF")
public class BookingAnswers {

    private static final List<BookingStatus> OPEN = List.of(BookingStatus.PENDING, BookingStatus.WAITING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Holds holds;

    @Inject
    Activities activities;

    @Inject
    WaitingList waitingList;

    @Inject
    BookingMail mail;

    @Inject
    Clock clock;

    /** The requests of a period still waiting for an answer, by day, then in the order they came. */
    public List<BookingRequest> toAnswer(long periodId) {
        return em.createQuery("select r from BookingRequest r where r.periodId = :period and r.status in :open"
                        + " order by r.date, r.requestedAt, r.id", BookingRequest.class)
                .setParameter("period", periodId)
                .setParameter("open", OPEN)
                .getResultList();
    }

    /** The requests of every period still waiting for an answer, by day, then in the order they came. */
    public List<BookingRequest> toAnswer() {
        return em.createQuery("select r from BookingRequest r where r.status in :open order by r.date, r.requestedAt, r.id",
                BookingRequest.class).setParameter("open", OPEN).getResultList();
    }

    /** How many requests no one has answered yet (the waiting list is an answer). */
    public long pendingCount() {
        return em.createQuery("select count(r) from BookingRequest r where r.status = :pending", Long.class)
                .setParameter("pending", BookingStatus.PENDING).getSingleResult();
    }

    /** The children with an accepted place that day: those the attendance lists expect. */
    public long childrenExpectedOn(LocalDate date) {
        return em.createQuery("select count(distinct r.child.id) from BookingRequest r where r.date = :date"
                        + " and r.status = :accepted and r.unit is not null", Long.class)
                .setParameter("date", date).setParameter("accepted", BookingStatus.ACCEPTED).getSingleResult();
    }

    public List<Period> periods() {
        return activities.periods();
    }

    /** What an acceptance did: the requests accepted, those put on the waiting list for want of a place, and those left waiting for their day's unit. */
    public record Accepted(int accepted, int noPlace, int noUnit) {
    }

    /**
     * Accepts within the places left; the others wait on the list. A service whose day's unit is not accepted is left
     * as it was (pending, nothing said to the family): it is answered with its unit.
     */
    public Accepted accept(List<Long> requestIds, String staff) {
        int accepted = 0;
        int noPlace = 0;
        int noUnit = 0;
        Instant now = clock.now();
        List<BookingRequest> answered = new ArrayList<>();
        for (BookingRequest request : answerable(requestIds)) {
            if (holds.lacksItsUnit(request)) {
                noUnit++;
                continue;
            }
            answered.add(request);
            if (holds.takePlaces(request)) {
                request.accept(staff, now);
                accepted++;
            } else {
                request.putOnWaitingList(staff, now);
                noPlace++;
            }
        }
        mail.answered(answered);
        return new Accepted(accepted, noPlace, noUnit);
    }

    /** @return the requests refused, the services that went with their refused unit included */
    public List<BookingRequest> refuse(List<Long> requestIds, String reason, String staff) {
        if (requestIds.isEmpty()) {
            throw new ActionRefused("bookingAnswers.noneSelected");
        }
        if (reason == null || reason.isBlank()) {
            throw new ActionRefused("changes.reasonRequired");
        }
        Instant now = clock.now();
        List<BookingRequest> refused = new ArrayList<>(answerable(requestIds));
        // A meal asked with a refused day would otherwise wait for ever: no unit is left for it to be accepted with.
        refused.addAll(holds.servicesLeftWithoutUnit(refused));
        for (BookingRequest request : refused) {
            holds.release(request);
            request.refuse(staff, now, reason.strip());
        }
        mail.answered(refused);
        waitingList.promote(refused.stream().map(BookingRequest::getDay).toList());
        return refused;
    }

    public void putOnWaitingList(List<Long> requestIds, String staff) {
        Instant now = clock.now();
        List<BookingRequest> moved = answerable(requestIds).stream().filter(r -> r.getStatus() != BookingStatus.WAITING).toList();
        moved.forEach(request -> request.putOnWaitingList(staff, now));
        mail.answered(moved);
    }

    /**
     * Locked so that two staff members answering the same request do not both take a place for it; a day's
     * units come before its services, which are accepted only with a unit.
     */
    private List<BookingRequest> answerable(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            throw new ActionRefused("bookingAnswers.noneSelected");
        }
        List<BookingRequest> requests = requestIds.stream().sorted()
                .map(id -> em.find(BookingRequest.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> r != null && r.isOpenToAnswer())
                .sorted(Comparator.comparing((BookingRequest r) -> r.getDay().getId())
                        .thenComparing(r -> r.getUnit() == null).thenComparing(BookingRequest::getId))
                .toList();
        if (requests.isEmpty()) {
            throw new ActionRefused("changes.alreadyAnswered");
        }
        return requests;
    }
}
