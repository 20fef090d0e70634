package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.control.BookingMail;
import fr.portailfamilles.booking.control.Holds;
import fr.portailfamilles.booking.control.Places;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parents' requests ("pré-inscriptions"), sent from the calendar in one transaction: all are recorded or
 * none. A child's group is the one of their age on the period's first day, as for the whole period. The server judges the registration window and the deadline at the moment of the request, in Paris
 * time; the database refuses a double booking and never gives more places than there are.
 */
@Stateless
@PermitAll
public class BookingDesk {

    /** Who answers when the period accepts requests within capacity by itself. */
    public static final String AUTOMATIC = "automatique";

    private static final Comparator<Wish> LOCK_ORDER = Comparator.comparingLong(Wish::openingDayId)
            .thenComparing(w -> w.isUnit() ? 0 : 1)
            .thenComparingLong(w -> w.isUnit() ? w.unitId() : w.serviceId());

    @PersistenceContext
    EntityManager em;

    @Inject
    Places places;

    @Inject
    Holds holds;

    @Inject
    BookingMail mail;

    @Inject
    Activities activities;

    @Inject
    Households households;

    @Inject
    Clock clock;

    /**
     * @param householdId the caller's own household, taken from their account: the child must be one of its own
     * @return the requests made, each accepted, on the waiting list or waiting for staff
     */
    @RolesAllowed("PARENT")
    public List<BookingRequest> request(long householdId, long childId, List<Wish> wishes, String requestedBy) {
        Child child = childOf(householdId, childId);
        if (wishes.isEmpty()) {
            throw new ActionRefused("booking.nothingTicked");
        }
        ZonedDateTime now = clock.zonedNow();
        Set<Long> daysWithUnit = new HashSet<>();
        // What this submission already asks on each day, slot by slot: two boxes for one half-day are told as such.
        Map<Long, Map<String, String>> askedByDay = new HashMap<>();
        List<BookingRequest> made = new ArrayList<>();
        // Units before services, and always in the same order, so that two submissions never wait on each other's places.
        for (Wish wish : wishes.stream().sorted(LOCK_ORDER).toList()) {
            OpeningDay day = openDay(wish.openingDayId(), now);
            Activity activity = day.getPeriod().getActivity();
            if (activity.groupFor(child.ageOn(day.getPeriod().getFirstDay())).isEmpty()) {
                throw new ActionRefused("booking.age", child.getFirstName());
            }
            BookingRequest request;
            if (wish.isUnit()) {
                ActivityUnit unit = activity.getUnits().stream().filter(u -> u.getId().equals(wish.unitId())).findFirst()
                        .orElseThrow(() -> new ActionRefused("booking.unknown"));
                request = BookingRequest.forUnit(householdId, child, day, unit, requestedBy, now.toInstant());
                daysWithUnit.add(day.getId());
            } else {
                ActivityService service = activity.getServices().stream().filter(s -> s.getId().equals(wish.serviceId()))
                        .findFirst().orElseThrow(() -> new ActionRefused("booking.unknown"));
                if (!daysWithUnit.contains(day.getId()) && !alreadyHolds(child, day, List.of("AM", "PM"))) {
                    throw new ActionRefused("booking.serviceNeedsUnit", service.getLabel(), day.getDate().format(ParisTime.DAY));
                }
                request = BookingRequest.forService(householdId, child, day, service, requestedBy, now.toInstant());
            }
            Map<String, String> asked = askedByDay.computeIfAbsent(day.getId(), d -> new HashMap<>());
            for (String slot : request.slots()) {
                if (asked.containsKey(slot)) {
                    throw new ActionRefused("booking.sameHalfDay", asked.get(slot), request.what(), day.getDate().format(ParisTime.DAY));
                }
                asked.put(slot, request.what());
            }
            if (alreadyHolds(child, day, request.slots())) {
                throw new ActionRefused("booking.alreadyRequested", day.getDate().format(ParisTime.DAY));
            }
            em.persist(request);
            em.flush();
            hold(request, new ActionRefused("booking.alreadyRequested", day.getDate().format(ParisTime.DAY)));
            if (day.getPeriod().isAutoAccept()) {
                answerWithinCapacity(request, now.toInstant());
            }
            made.add(request);
        }
        mail.requested(requestedBy, made);
        return made;
    }

    /**
     * Staff record a child who came without a booking, "for the record": the unit (and services) are accepted at
     * once, whatever the registration window and the cancellation deadline, and take a place when one is left (the
     * child is there anyway). The child must belong to the group whose list staff hold, and never holds the same
     * half-day or service twice: a child who already has it (accepted, waiting or on the list) is refused.
     *
     * @return the requests made, the unit's first
     */
    @RolesAllowed("STAFF")
    public List<Long> recordUnannounced(long householdId, long childId, long groupId, List<Wish> wishes, String staff) {
        Child child = households.child(householdId, childId).orElseThrow(() -> new ActionRefused("booking.unknown"));
        if (wishes.stream().noneMatch(Wish::isUnit)) {
            throw new ActionRefused("booking.recordNeedsUnit");
        }
        Instant now = clock.now();
        List<Long> made = new ArrayList<>();
        for (Wish wish : wishes.stream().sorted(LOCK_ORDER).toList()) {
            OpeningDay day = activities.openingDay(wish.openingDayId()).orElseThrow(() -> new ActionRefused("booking.unknown"));
            Activity activity = day.getPeriod().getActivity();
            ActivityGroup group = activity.groupFor(child.ageOn(day.getPeriod().getFirstDay())).orElse(null);
            if (group == null || group.getId() != groupId) {
                throw new ActionRefused("booking.otherGroup", child.getFullName(), group == null ? "" : group.getName());
            }
            BookingRequest request = wish.isUnit()
                    ? BookingRequest.forUnit(householdId, child, day, activity.getUnits().stream()
                            .filter(u -> u.getId().equals(wish.unitId())).findFirst().orElseThrow(() -> new ActionRefused("booking.unknown")),
                            staff, now)
                    : BookingRequest.forService(householdId, child, day, activity.getServices().stream()
                            .filter(s -> s.getId().equals(wish.serviceId())).findFirst().orElseThrow(() -> new ActionRefused("booking.unknown")),
                            staff, now);
            ActionRefused held = new ActionRefused("booking.alreadyHolds", child.getFullName(), day.getDate().format(ParisTime.DAY), request.what());
            if (alreadyHolds(child, day, request.slots())) {
                throw held;
            }
            em.persist(request);
            em.flush();
            hold(request, held);
            // False when the group is full: accepted all the same, the child is there.
            holds.takePlaces(request);
            request.accept(staff, now);
            made.add(request.getId());
        }
        return made;
    }

    /** The activities a child may be registered for now: a group of the child's age and a period taking requests. */
    @RolesAllowed("PARENT")
    public List<Activity> activitiesFor(long householdId, long childId) {
        Child child = childOf(householdId, childId);
        ZonedDateTime now = clock.zonedNow();
        return activities.all().stream()
                .filter(a -> a.getPeriods().stream().anyMatch(p -> p.takesRequestsOn(now)
                        && a.groupFor(child.ageOn(p.getFirstDay())).isPresent()))
                .toList();
    }

    @RolesAllowed("PARENT")
    public List<Period> openPeriods(long activityId) {
        ZonedDateTime now = clock.zonedNow();
        return activities.find(activityId).map(activity -> activity.getPeriods().stream().filter(p -> p.takesRequestsOn(now)).toList())
                .orElse(List.of());
    }

    /** The calendar of a period for a child: each opening day, what the child already holds, open or past its deadline. */
    @RolesAllowed("PARENT")
    public List<CalendarDay> calendar(long householdId, long childId, long periodId) {
        Child child = childOf(householdId, childId);
        Period period = activities.period(periodId).orElseThrow(() -> new ActionRefused("booking.unknown"));
        ZonedDateTime now = clock.zonedNow();
        List<BookingRequest> live = em.createQuery("select r from BookingRequest r where r.child = :child and r.periodId = :period"
                        + " and r.status in :live", BookingRequest.class)
                .setParameter("child", child).setParameter("period", periodId)
                .setParameter("live", BookingStatus.LIVE)
                .getResultList();
        Set<Long> fullDays = period.getActivity().groupFor(child.ageOn(period.getFirstDay()))
                .map(group -> places.fullDays(period.getId(), Places.halfDayPool(group, "AM"), Places.halfDayPool(group, "PM")))
                .orElse(Set.of());
        boolean takingRequests = period.takesRequestsOn(now);
        return period.getOpeningDays().stream().map(day -> {
            Set<Long> units = new HashSet<>();
            Set<Long> services = new HashSet<>();
            live.stream().filter(r -> r.getDay().equals(day)).forEach(r -> {
                if (r.getUnit() != null) {
                    units.add(r.getUnit().getId());
                } else {
                    services.add(r.getService().getId());
                }
            });
            boolean open = takingRequests && period.getCancellationRule().stillOpen(day.getDate(), now);
            return new CalendarDay(day.getId(), day.getDate(), open, fullDays.contains(day.getId()), units, services);
        }).toList();
    }

    private Child childOf(long householdId, long childId) {
        return households.child(householdId, childId).orElseThrow(() -> new ActionRefused("booking.childUnknown"));
    }

    /**
     * The household's requests for Inscriptions: the days to come first, soonest first (what a parent acts on), then
     * the days gone, the latest first; on a day, by child.
     */
    @RolesAllowed("PARENT")
    public List<Registration> registrations(long householdId) {
        ZonedDateTime now = clock.zonedNow();
        return em.createQuery("select r from BookingRequest r where r.householdId = :id", BookingRequest.class)
                .setParameter("id", householdId).getResultStream()
                .map(r -> new Registration(r, now))
                .sorted(Comparator.comparing(Registration::getDate, Registration.comingFirst(now.toLocalDate()))
                        .thenComparing(Registration::getChild).thenComparingLong(Registration::getId))
                .toList();
    }

    private OpeningDay openDay(long openingDayId, ZonedDateTime now) {
        OpeningDay day = activities.openingDay(openingDayId).orElseThrow(() -> new ActionRefused("booking.unknown"));
        Period period = day.getPeriod();
        if (!period.takesRequestsOn(now) || !period.getCancellationRule().stillOpen(day.getDate(), now)) {
            throw new ActionRefused("booking.closed", day.getDate().format(ParisTime.DAY));
        }
        return day;
    }

    /** A place in every pool the request needs, or none: a request half placed goes to the waiting list whole. */
    private void answerWithinCapacity(BookingRequest request, Instant at) {
        if (holds.takePlaces(request)) {
            request.accept(AUTOMATIC, at);
        } else {
            request.putOnWaitingList(AUTOMATIC, at);
        }
    }

    private boolean alreadyHolds(Child child, OpeningDay day, List<String> slots) {
        return ((Number) em.createNativeQuery("select count(*) from booking_hold where child_id = ?1 and opening_day_id = ?2"
                        + " and slot in (" + String.join(",", slots.stream().map(s -> "'" + s + "'").toList()) + ")")
                .setParameter(1, child.getId()).setParameter(2, day.getId()).getSingleResult()).longValue() > 0;
    }

    /** The unique key on (child, day, slot) settles a double click that passed the check above at the same time. */
    private void hold(BookingRequest request, ActionRefused whenHeld) {
        try {
            for (String slot : request.slots()) {
                em.createNativeQuery("insert into booking_hold (request_id, child_id, opening_day_id, slot) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, request.getId()).setParameter(2, request.getChild().getId())
                        .setParameter(3, request.getDay().getId()).setParameter(4, slot).executeUpdate();
            }
        } catch (PersistenceException doubleBooking) {
            throw whenHeld;
        }
    }
}
