package fr.portailfamilles.booking.control;

import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The places a request takes when accepted, and the half-days or service it frees when it ends. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Holds {

    @PersistenceContext
    EntityManager em;

    @Inject
    Places places;

    /**
     * A place in every pool the request needs, or none: @return false when one of them is full, or when the
     * request is a service (a meal, a bus seat) and the child has no accepted unit that day to go with it.
     */
    public boolean takePlaces(BookingRequest request) {
        if (lacksItsUnit(request)) {
            return false;
        }
        long dayId = request.getDay().getId();
        List<String> taken = new ArrayList<>();
        for (String pool : pools(request)) {
            if (!places.take(dayId, pool)) {
                taken.forEach(p -> places.release(dayId, p));
                return false;
            }
            taken.add(pool);
        }
        return true;
    }

    /** A service (a meal, a bus seat) whose child has no accepted unit that day to go with it. */
    public boolean lacksItsUnit(BookingRequest request) {
        return request.getService() != null && !hasAcceptedUnit(request);
    }

    /**
     * Called before a request is refused or cancelled: its half-days are free to ask for again, and an accepted
     * one gives its places back.
     */
    public void release(BookingRequest request) {
        em.createNativeQuery("delete from booking_hold where request_id = ?1").setParameter(1, request.getId()).executeUpdate();
        if (request.getStatus() == BookingStatus.ACCEPTED) {
            pools(request).forEach(pool -> places.release(request.getDay().getId(), pool));
        }
    }

    /**
     * The services (a meal, a bus seat) that a day's units leaving (cancelled, refused) leave without any unit still
     * live for their child that day: they leave with them, since a meal needs a unit. Locked, as the units are.
     */
    public List<BookingRequest> servicesLeftWithoutUnit(Collection<BookingRequest> leaving) {
        List<BookingRequest> services = new ArrayList<>();
        leaving.stream().filter(r -> r.getUnit() != null).map(r -> List.of(r.getChild(), r.getDay())).distinct().forEach(childDay -> {
            List<BookingRequest> stillLive = em.createQuery("select r from BookingRequest r where r.child = :child and r.day = :day"
                            + " and r.status in :live order by r.id", BookingRequest.class)
                    .setParameter("child", childDay.get(0)).setParameter("day", childDay.get(1))
                    .setParameter("live", BookingStatus.LIVE)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().stream().filter(r -> !leaving.contains(r)).toList();
            if (stillLive.stream().noneMatch(r -> r.getUnit() != null)) {
                services.addAll(stillLive);
            }
        });
        return services;
    }

    private boolean hasAcceptedUnit(BookingRequest service) {
        return em.createQuery("select count(r) from BookingRequest r where r.child = :child and r.day = :day"
                        + " and r.unit is not null and r.status = :accepted", Long.class)
                .setParameter("child", service.getChild()).setParameter("day", service.getDay())
                .setParameter("accepted", BookingStatus.ACCEPTED).getSingleResult() > 0;
    }

    private static List<String> pools(BookingRequest request) {
        ActivityGroup group = request.group()
                .orElseThrow(() -> new ActionRefused("booking.age", request.getChild().getFirstName()));
        List<String> pools = new ArrayList<>();
        for (String slot : request.slots()) {
            if (!slot.startsWith("S")) {
                pools.add(Places.halfDayPool(group, slot));
            } else if (request.getService().getDailyCapacity() != null) {
                pools.add(Places.servicePool(request.getService()));
            }
        }
        return pools;
    }
}
