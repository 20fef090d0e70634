package fr.portailfamilles.activity.boundary;

import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Staff set up what the centre offers: activities, their groups, units, services and periods with their opening days. */
@Stateless
@RolesAllowed("STAFF")
public class ActivityEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ActivityOffersChanged> offersChanged;

    @Inject
    Event<OpeningDayClosing> dayClosing;

    @Inject
    Event<CapacityChanged> capacityChanged;

    public long create(String name, ActivityKind kind, String season, LocalDate startsOn, LocalDate endsOn, int ageMin, int ageMax) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        boolean taken = em.createQuery("select count(a) from Activity a where a.name = :name", Long.class)
                .setParameter("name", upper).getSingleResult() > 0;
        if (taken) {
            throw new ActionRefused("activity.nameTaken");
        }
        Activity activity = refusedWhenInvalid("activity.invalid",
                () -> new Activity(upper, kind, season, startsOn, endsOn, ageMin, ageMax));
        em.persist(activity);
        em.flush();
        return activity.getId();
    }

    /** The activity with everything it offers, for its page. */
    public Optional<Activity> forStaff(long activityId) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity != null) {
            activity.getGroups().size();
            activity.getUnits().size();
            activity.getServices().size();
            activity.getPeriods().forEach(p -> p.getOpeningDays().size());
        }
        return Optional.ofNullable(activity);
    }

    public Optional<Period> period(long periodId) {
        Period period = em.find(Period.class, periodId);
        if (period != null) {
            period.getOpeningDays().size();
        }
        return Optional.ofNullable(period);
    }

    public void addGroup(long activityId, String name, int ageMin, int ageMax, int capacity) {
        Activity activity = activity(activityId);
        refusedWhenInvalid("activity.group.invalid", () -> activity.addGroup(name.strip(), ageMin, ageMax, capacity));
        changed(activity);
    }

    public void addUnit(long activityId, String label, boolean morning, boolean afternoon) {
        Activity activity = activity(activityId);
        refusedWhenInvalid("activity.unit.invalid", () -> activity.addUnit(label.strip(), morning, afternoon));
    }

    public void addService(long activityId, String label, Integer dailyCapacity) {
        Activity activity = activity(activityId);
        refusedWhenInvalid("activity.service.invalid",
                () -> activity.addService(label.strip().toUpperCase(Locale.ROOT), dailyCapacity));
        changed(activity);
    }

    /** More places promote the waiting list; fewer are refused on a day that already has more children accepted. */
    public void changeGroupCapacity(long activityId, long groupId, int capacity) {
        Activity activity = activity(activityId);
        ActivityGroup group = activity.getGroups().stream().filter(g -> g.getId() == groupId).findFirst()
                .orElseThrow(() -> new ActionRefused("activity.unknown"));
        refusedWhenInvalid("activity.capacity.invalid", () -> {
            group.changeCapacity(capacity);
            return group;
        });
        em.flush();
        capacityChanged.fire(new CapacityChanged(activityId));
    }

    public void changeServiceCapacity(long activityId, long serviceId, int seats) {
        Activity activity = activity(activityId);
        ActivityService service = activity.getServices().stream().filter(s -> s.getId() == serviceId).findFirst()
                .orElseThrow(() -> new ActionRefused("activity.unknown"));
        refusedWhenInvalid("activity.capacity.invalid", () -> {
            service.changeDailyCapacity(seats);
            return service;
        });
        em.flush();
        capacityChanged.fire(new CapacityChanged(activityId));
    }

    public long addPeriod(long activityId, PeriodDetails details) {
        Activity activity = activity(activityId);
        if (details.weekdays().isEmpty()) {
            throw new ActionRefused("activity.period.noWeekday");
        }
        Period period = refusedWhenInvalid("activity.period.invalid", () -> {
            Period added = activity.addPeriod(details.firstDay(), details.lastDay(), details.weekdays());
            added.registrationWindow(details.registrationOpensOn(), details.registrationClosesOn());
            added.cancellation(new CancellationRule(details.cancelDaysBefore(), details.cancelAt()));
            added.acceptAutomatically(details.autoAccept());
            return added;
        });
        changed(activity);
        return period.getId();
    }

    /** A closure: the day leaves the calendar, unless children are booked on it. */
    public void closeDay(long periodId, LocalDate day) {
        Period period = period(periodId).orElseThrow(() -> new ActionRefused("activity.period.unknown"));
        period.getOpeningDays().stream().filter(d -> d.getDate().equals(day)).findFirst()
                .ifPresent(opening -> dayClosing.fire(new OpeningDayClosing(opening.getId())));
        period.close(day);
    }

    public void openDay(long periodId, LocalDate day) {
        Period period = period(periodId).orElseThrow(() -> new ActionRefused("activity.period.unknown"));
        refusedWhenInvalid("activity.day.invalid", () -> {
            period.open(day);
            return period;
        });
        try {
            changed(period.getActivity());
        } catch (PersistenceException sameDayTwice) {
            throw new ActionRefused("activity.day.invalid");
        }
    }

    private void changed(Activity activity) {
        em.flush();
        offersChanged.fire(new ActivityOffersChanged(activity.getId()));
    }

    private Activity activity(long activityId) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new ActionRefused("activity.unknown");
        }
        return activity;
    }

    /** The entities check their own rules; a broken one is said to staff in words. */
    private static <T> T refusedWhenInvalid(String messageKey, Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException invalid) {
            throw new ActionRefused(messageKey);
        }
    }

    /** What staff type for a period. */
    public record PeriodDetails(LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays,
                                LocalDate registrationOpensOn, LocalDate registrationClosesOn,
                                int cancelDaysBefore, LocalTime cancelAt, boolean autoAccept) {
    }
}
