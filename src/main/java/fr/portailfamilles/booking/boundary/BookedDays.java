package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.booking.entity.CertificateStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What invoicing reads of a month's bookings: each unit and service booked for a day of the month, per child and
 * day, with its state for the invoice (see {@link BookedDay.State}). The monthly run lists the households with
 * something to bill, then reads them in chunks of a few hundred, one query per chunk, from the booking area's
 * own table.
 */
@Stateless
@RolesAllowed("STAFF")
public class BookedDays {

    private static final String OF_MONTH = "select r from BookingRequest r left join fetch r.certificate"
            + " where r.householdId in :households and r.date >= :first and r.date <= :last order by r.householdId, r.date, r.id";

    @PersistenceContext
    EntityManager em;

    /** The household's days of the month, by day. */
    public List<BookedDay> of(long householdId, YearMonth month) {
        return of(List.of(householdId), month).getOrDefault(householdId, List.of());
    }

    /** For a chunk of households: each one's days of the month, by day; a household with none is left out. */
    public Map<Long, List<BookedDay>> of(Collection<Long> householdIds, YearMonth month) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(OF_MONTH, BookingRequest.class)
                .setParameter("households", householdIds)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.child")
                .setHint("eclipselink.batch", "r.day")
                .setHint("eclipselink.batch", "r.unit")
                .setHint("eclipselink.batch", "r.service")
                .getResultStream()
                .map(BookedDay::of)
                .collect(Collectors.groupingBy(BookedDay::householdId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The units and services accepted for an opening day, for the children of one group (the group of their age on
     * the period's first day, as for the whole period), by child name, each child's unit before its services: the
     * list staff take attendance from. A day excused by a validated certificate is among them (ABSENCE_JUSTIFIED).
     */
    public List<BookedDay> acceptedOn(long openingDayId, long groupId) {
        return em.createQuery("select r from BookingRequest r left join fetch r.certificate"
                        + " where r.day.id = :day and r.status = :accepted", BookingRequest.class)
                .setParameter("day", openingDayId)
                .setParameter("accepted", BookingStatus.ACCEPTED)
                .getResultStream()
                .filter(r -> r.group().filter(group -> group.getId() == groupId).isPresent())
                .sorted(Comparator.comparing((BookingRequest r) -> r.getChild().getLastName())
                        .thenComparing(r -> r.getChild().getFirstName()).thenComparing(r -> r.getChild().getId())
                        .thenComparing(r -> r.getUnit() == null).thenComparing(BookingRequest::getId))
                .map(BookedDay::of)
                .toList();
    }

    /** The households with at least one day to bill in the month (accepted, not excused), by id: the monthly run's list. */
    public List<Long> householdsToBill(YearMonth month) {
        return em.createQuery("select distinct r.householdId from BookingRequest r left join r.certificate c"
                        + " where r.date >= :first and r.date <= :last and r.status = :accepted"
                        + " and (c is null or c.status <> :validated) order by r.householdId", Long.class)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .setParameter("accepted", BookingStatus.ACCEPTED)
                .setParameter("validated", CertificateStatus.VALIDATED)
                .getResultList();
    }
}
