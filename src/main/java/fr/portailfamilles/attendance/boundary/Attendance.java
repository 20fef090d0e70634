package fr.portailfamilles.attendance.boundary;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.attendance.entity.AttendanceChange;
import fr.portailfamilles.attendance.entity.AttendanceMark;
import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDays;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance ("pointage"), taken by staff per day and group from the accepted bookings, one tap per child: present,
 * absent, or absent with a reason (excused). The last change per child wins and is logged; a change made from a
 * list loaded before a colleague's change is refused and told ({@link MarkedMeanwhile}). A month the invoice run
 * locked still takes changes, as corrections the next run bills or credits. Billing reads the marks of a month.
 */
@Stateless
@RolesAllowed("STAFF")
public class Attendance {

    /** Unique key or optimistic version broken by a concurrent transaction, as H2 and PostgreSQL say it. */
    private static final Set<String> CONCURRENT_CHANGE = Set.of("23505", "40001", "90131");

    @PersistenceContext
    EntityManager em;

    @Inject
    BookedDays bookedDays;

    @Inject
    BookingDesk desk;

    @Inject
    Activities activities;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The groups of every activity open that day: the lists there are to take. */
    public List<DayGroup> groupsOn(LocalDate date) {
        List<DayGroup> groups = new ArrayList<>();
        for (OpeningDay day : activities.openingDaysOn(date)) {
            for (ActivityGroup group : day.getPeriod().getActivity().getGroups()) {
                groups.add(new DayGroup(day.getId(), group.getId(), day.getPeriod().getActivity().getName() + " – " + group.getName()));
            }
        }
        return groups;
    }

    public AttendanceSheet sheet(long openingDayId, long groupId) {
        LocalDate date = openingDay(openingDayId).getDate();
        List<BookedDay> requests = bookedDays.acceptedOn(openingDayId, groupId);
        return new AttendanceSheet(date, isLocked(YearMonth.from(date)), date.isAfter(clock.today()),
                ChildAttendance.rows(requests, marksOf(requests).values()));
    }

    /**
     * Marks a child for all their requests of the day (unit and services).
     *
     * @param seenVersions the child's {@link ChildAttendance#getVersions()} as the page loaded them
     * @throws MarkedMeanwhile when a colleague changed the child's mark since, unless to the same state
     */
    public void mark(long openingDayId, long groupId, long childId, Map<Long, Long> seenVersions, AttendanceState state,
                     ExcuseReason reason, Marker by) {
        if ((state == AttendanceState.EXCUSED) != (reason != null)) {
            throw new ActionRefused("attendance.reasonRequired");
        }
        LocalDate date = takeable(openingDayId);
        List<BookedDay> requests = bookedDays.acceptedOn(openingDayId, groupId).stream().filter(r -> r.childId() == childId).toList();
        if (requests.isEmpty()) {
            throw new ActionRefused("attendance.notExpected");
        }
        Map<Long, AttendanceMark> marks = marksOf(requests);
        boolean alreadySo = marks.size() == requests.size()
                && marks.values().stream().allMatch(m -> m.getState() == state && m.getReason() == reason);
        if (alreadySo) {
            return;
        }
        Map<Long, Long> versions = marks.values().stream().collect(Collectors.toMap(AttendanceMark::getRequestId, AttendanceMark::getVersion));
        if (!versions.equals(seenVersions)) {
            throw new MarkedMeanwhile(childId);
        }
        record(requests, marks, state, reason, by, isLocked(YearMonth.from(date)));
        flush(childId);
    }

    /** Marks present each child the page showed unmarked and still unmarked (excused when a certificate was validated). */
    public AllPresent markAllPresent(long openingDayId, long groupId, Set<Long> childIdsSeenUnmarked, Marker by) {
        LocalDate date = takeable(openingDayId);
        boolean correction = isLocked(YearMonth.from(date));
        List<BookedDay> requests = bookedDays.acceptedOn(openingDayId, groupId);
        Map<Long, AttendanceMark> marks = marksOf(requests);
        int marked = 0;
        int meanwhile = 0;
        for (ChildAttendance child : ChildAttendance.rows(requests, marks.values())) {
            if (!childIdsSeenUnmarked.contains(child.getChildId())) {
                continue;
            }
            if (child.isMarked()) {
                meanwhile++;
            } else {
                record(requests.stream().filter(r -> r.childId() == child.getChildId()).toList(), Map.of(),
                        child.expectedState(), child.expectedReason(), by, correction);
                marked++;
            }
        }
        flush(null);
        return new AllPresent(marked, meanwhile);
    }

    /**
     * A child who came without a booking: booking records an accepted request for the day (the unit, and the services
     * ticked), then the child is marked present.
     */
    public void addUnexpected(long openingDayId, long groupId, long householdId, long childId, long unitId, List<Long> serviceIds,
                              Marker by) {
        LocalDate date = takeable(openingDayId);
        List<Wish> wishes = new ArrayList<>();
        wishes.add(Wish.unit(openingDayId, unitId));
        serviceIds.forEach(service -> wishes.add(Wish.service(openingDayId, service)));
        Set<Long> made = Set.copyOf(desk.recordUnannounced(householdId, childId, groupId, wishes, by.login()));
        List<BookedDay> requests = bookedDays.acceptedOn(openingDayId, groupId).stream().filter(r -> made.contains(r.requestId())).toList();
        record(requests, Map.of(), AttendanceState.PRESENT, null, by, isLocked(YearMonth.from(date)));
        flush(childId);
    }

    /** The changes of the day for these children, the latest first. */
    public List<AttendanceChange> changesOn(long openingDayId, Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(AttendanceChange.OF_DAY, AttendanceChange.class)
                .setParameter("day", openingDayId).setParameter("children", childIds).getResultList();
    }

    /**
     * For the invoice run, a chunk of households at a time: the marks of the month's days, by booking request id (a
     * request with no mark was not marked: attendance not taken). One query.
     */
    public Map<Long, Mark> marksOf(Collection<Long> householdIds, YearMonth month) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(AttendanceMark.OF_MONTH, AttendanceMark.class)
                .setParameter("households", householdIds)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .getResultStream()
                .collect(Collectors.toMap(AttendanceMark::getRequestId, AttendanceMark::toMark));
    }

    /** The invoice run invoiced the month: from now on a change of its marks is a correction. Locking twice changes nothing. */
    public void lockMonth(YearMonth month) {
        em.createNativeQuery("insert into attendance_lock (locked_month, locked_at, locked_by) select ?1, ?2, ?3"
                        + " where not exists (select 1 from attendance_lock l where l.locked_month = ?1)")
                .setParameter(1, month.toString())
                .setParameter(2, Timestamp.from(clock.now()))
                .setParameter(3, session.getCallerPrincipal().getName())
                .executeUpdate();
    }

    public boolean isLocked(YearMonth month) {
        return ((Number) em.createNativeQuery("select count(*) from attendance_lock where locked_month = ?1")
                .setParameter(1, month.toString()).getSingleResult()).longValue() > 0;
    }

    private void record(List<BookedDay> requests, Map<Long, AttendanceMark> marks, AttendanceState state, ExcuseReason reason,
                        Marker by, boolean correction) {
        Instant now = clock.now();
        for (BookedDay request : requests) {
            AttendanceMark mark = marks.get(request.requestId());
            if (mark == null) {
                mark = new AttendanceMark(request.requestId(), request.householdId(), request.childId(), request.openingDayId(), request.date());
                em.persist(mark);
            }
            mark.change(state, reason, by, now, correction).ifPresent(em::persist);
        }
    }

    /** Written now, so that a colleague's concurrent mark of the same child is told here, not lost at the commit. */
    private void flush(Long childId) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new MarkedMeanwhile(childId);
        } catch (PersistenceException failure) {
            if (concurrentChange(failure)) {
                throw new MarkedMeanwhile(childId);
            }
            throw failure;
        }
    }

    /** A batch of inserts reports the broken key in its next exception (PostgreSQL) or its cause (H2). */
    private static boolean concurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException first ? first : null; sql != null; sql = sql.getNextException()) {
                if (CONCURRENT_CHANGE.contains(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Map<Long, AttendanceMark> marksOf(List<BookedDay> requests) {
        if (requests.isEmpty()) {
            return new HashMap<>();
        }
        return em.createNamedQuery(AttendanceMark.OF_REQUESTS, AttendanceMark.class)
                .setParameter("requests", requests.stream().map(BookedDay::requestId).toList())
                .getResultStream()
                .collect(Collectors.toMap(AttendanceMark::getRequestId, Function.identity()));
    }

    private OpeningDay openingDay(long openingDayId) {
        return activities.openingDay(openingDayId).orElseThrow(() -> new ActionRefused("attendance.unknownDay"));
    }

    /** A day is marked on the day or after it, never before. */
    private LocalDate takeable(long openingDayId) {
        LocalDate date = openingDay(openingDayId).getDate();
        if (date.isAfter(clock.today())) {
            throw new ActionRefused("attendance.notYet", ParisTime.day(date));
        }
        return date;
    }
}
