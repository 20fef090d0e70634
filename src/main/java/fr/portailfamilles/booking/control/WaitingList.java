package fr.portailfamilles.booking.control;

import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * When places free on a day (a cancellation, a refusal, more places), the waiting requests of that day take
 * them in the order they came, whether the period is answered by staff or automatically; each family is told by
 * one e-mail for all the days of one release. A day already past is left as it is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WaitingList {

    /** Who accepted a request that took a freed place. */
    public static final String PROMOTION = "liste d’attente";

    @PersistenceContext
    EntityManager em;

    @Inject
    Holds holds;

    @Inject
    BookingMail mail;

    @Inject
    Clock clock;

    public List<BookingRequest> promote(Collection<OpeningDay> days) {
        List<BookingRequest> promoted = new ArrayList<>();
        LocalDate today = clock.today();
        days.stream().distinct().filter(day -> !day.getDate().isBefore(today))
                .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .forEach(day -> promoted.addAll(promote(day)));
        mail.promoted(promoted);
        return promoted;
    }

    /** Locked in one order, so that two nodes freeing places on the same day promote each request once. */
    private List<BookingRequest> promote(OpeningDay day) {
        List<BookingRequest> waiting = em.createQuery("select r from BookingRequest r where r.day = :day and r.status = :waiting"
                        + " order by r.requestedAt, r.id", BookingRequest.class)
                .setParameter("day", day).setParameter("waiting", BookingStatus.WAITING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<BookingRequest> promoted = new ArrayList<>();
        Instant now = clock.now();
        // Units first, each in its turn: a service waiting for its child's unit follows it in the same pass.
        for (BookingRequest request : waiting.stream().sorted(Comparator.comparing(r -> r.getUnit() == null)).toList()) {
            if (request.getStatus() == BookingStatus.WAITING && holds.takePlaces(request)) {
                request.accept(PROMOTION, now);
                promoted.add(request);
            }
        }
        return promoted;
    }
}
