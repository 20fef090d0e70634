package fr.portailfamilles.activity.boundary;

import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.control.WeekdayChange;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
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
import java.util.List;
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

    @Inject
    Event<StructureRemoving> removing;

    @Inject
    Clock clock;

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

    /** Parents read a column per unit and per service: two with one name could not be told apart. */
    private static void checkLabelFree(List<String> labelsOfOthers, String label, String refusalKey) {
        if (labelsOfOthers.stream().anyMatch(other -> other.equalsIgnoreCase(label))) {
            throw new ActionRefused(refusalKey, label);
        }
    }

    /** What is plainly wrong is said as such, before the rules that compare the group with the others. */
    private static void checkGroupFigures(int ageMin, int ageMax) {
        if (ageMin > ageMax) {
            throw new ActionRefused("activity.group.agesReversed", ageMin, ageMax);
        }
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
        checkGroupFigures(ageMin, ageMax);
        if (capacity < 0) {
            throw new ActionRefused("activity.group.capacityNegative");
        }
        refusedWhenInvalid("activity.group.invalid", () -> activity.addGroup(name.strip(), ageMin, ageMax, capacity));
        changed(activity);
    }

    public void addUnit(long activityId, String label, boolean morning, boolean afternoon) {
        Activity activity = activity(activityId);
        checkLabelFree(activity.getUnits().stream().map(ActivityUnit::getLabel).toList(), label.strip(), "activity.unit.labelTaken");
        refusedWhenInvalid("activity.unit.invalid", () -> activity.addUnit(label.strip(), morning, afternoon));
    }

    public void addService(long activityId, String label, Integer dailyCapacity) {
        Activity activity = activity(activityId);
        checkLabelFree(activity.getServices().stream().map(ActivityService::getLabel).toList(),
                label.strip().toUpperCase(Locale.ROOT), "activity.service.labelTaken");
        refusedWhenInvalid("activity.service.invalid",
                () -> activity.addService(label.strip().toUpperCase(Locale.ROOT), dailyCapacity));
        changed(activity);
    }

    /** More places promote the waiting list; fewer are refused on a day that already has more children accepted. */
    public void changeGroupCapacity(long activityId, long groupId, int capacity) {
        Activity activity = activity(activityId);
        ActivityGroup group = group(activity, groupId);
        refusedWhenInvalid("activity.capacity.invalid", () -> {
            group.changeCapacity(capacity);
            return group;
        });
        em.flush();
        capacityChanged.fire(new CapacityChanged(activityId));
    }

    public void changeServiceCapacity(long activityId, long serviceId, int seats) {
        Activity activity = activity(activityId);
        ActivityService service = service(activity, serviceId);
        refusedWhenInvalid("activity.capacity.invalid", () -> {
            service.changeDailyCapacity(seats);
            return service;
        });
        em.flush();
        capacityChanged.fire(new CapacityChanged(activityId));
    }

    /** Name and ages; the places go through {@link #changeGroupCapacity}, which keeps the waiting list and the accepted children. */
    public void changeGroup(long activityId, long groupId, String name, int ageMin, int ageMax) {
        Activity activity = activity(activityId);
        ActivityGroup group = group(activity, groupId);
        checkGroupFigures(ageMin, ageMax);
        refusedWhenInvalid("activity.group.invalid", () -> {
            activity.changeGroup(group, name.strip(), ageMin, ageMax);
            return group;
        });
        em.flush();
    }

    public void renameUnit(long activityId, long unitId, String label) {
        Activity activity = activity(activityId);
        ActivityUnit unit = unit(activity, unitId);
        checkLabelFree(activity.getUnits().stream().filter(other -> other != unit).map(ActivityUnit::getLabel).toList(),
                label.strip(), "activity.unit.labelTaken");
        refusedWhenInvalid("activity.unit.invalid", () -> {
            unit.rename(label.strip());
            return unit;
        });
        em.flush();
    }

    /** The label only; the seats go through {@link #changeServiceCapacity}. */
    public void renameService(long activityId, long serviceId, String label) {
        Activity activity = activity(activityId);
        ActivityService service = service(activity, serviceId);
        checkLabelFree(activity.getServices().stream().filter(other -> other != service).map(ActivityService::getLabel).toList(),
                label.strip().toUpperCase(Locale.ROOT), "activity.service.labelTaken");
        refusedWhenInvalid("activity.service.invalid", () -> {
            service.rename(label.strip().toUpperCase(Locale.ROOT));
            return service;
        });
        em.flush();
    }

    /** Refused, saying what depends on it, when a booking request or a tariff uses the group, unit or service. */
    public void removeGroup(long activityId, long groupId) {
        Activity activity = activity(activityId);
        ActivityGroup group = group(activity, groupId);
        remove(StructureRemoving.Part.GROUP, groupId, group.getName(), () -> activity.removeGroup(group));
    }

    public void removeUnit(long activityId, long unitId) {
        Activity activity = activity(activityId);
        ActivityUnit unit = unit(activity, unitId);
        remove(StructureRemoving.Part.UNIT, unitId, unit.getLabel(), () -> activity.removeUnit(unit));
    }

    public void removeService(long activityId, long serviceId) {
        Activity activity = activity(activityId);
        ActivityService service = service(activity, serviceId);
        remove(StructureRemoving.Part.SERVICE, serviceId, service.getLabel(), () -> activity.removeService(service));
    }

    /** The other areas are asked first (they refuse, saying what depends on it, or clear what was theirs), then it goes. */
    private void remove(StructureRemoving.Part part, long id, String name, Runnable removal) {
        removing.fire(new StructureRemoving(part, id, name));
        removal.run();
        em.flush();
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

    /** The registration window, cancellation rule and answer mode; the days stay as they are. */
    public void changePeriod(long periodId, LocalDate registrationOpensOn, LocalDate registrationClosesOn,
                             CancellationRule cancellation, boolean autoAccept) {
        Period period = period(periodId).orElseThrow(() -> new ActionRefused("activity.period.unknown"));
        refusedWhenInvalid("activity.period.invalid", () -> {
            period.registrationWindow(registrationOpensOn, registrationClosesOn);
            period.cancellation(cancellation);
            period.acceptAutomatically(autoAccept);
            return period;
        });
        em.flush();
    }

    /**
     * The weekdays from today on (see {@link WeekdayChange}): refused on a page filled before someone else's save,
     * on a finished period, and, saying how many days and requests hold them, when bookings are on days it removes.
     * @param expectedVersion the period's version the staff member's form was filled from
     */
    public WeekdayChange changeWeekdays(long periodId, long expectedVersion, Set<DayOfWeek> weekdays) {
        Period period = period(periodId).orElseThrow(() -> new ActionRefused("activity.period.unknown"));
        if (period.getVersion() != expectedVersion) {
            throw new ActionRefused("activity.period.concurrentEdit");
        }
        if (weekdays.isEmpty()) {
            throw new ActionRefused("activity.period.noWeekday");
        }
        if (period.isFinishedOn(clock.today())) {
            throw new ActionRefused("activity.weekdays.finished");
        }
        if (weekdays.equals(Set.copyOf(period.getWeekdays()))) {
            throw new ActionRefused("activity.weekdays.unchanged");
        }
        WeekdayChange change = period.weekdayChange(weekdays, clock.today());
        List<Long> leaving = period.openingDaysOn(change.removed()).stream().map(OpeningDay::getId).toList();
        if (!leaving.isEmpty()) {
            dayClosing.fire(new OpeningDayClosing(leaving));
        }
        period.changeWeekdays(change);
        changed(period.getActivity());
        return change;
    }

    /** Refused while a booking request, whatever its answer, is on one of its days. @return its activity */
    public long removePeriod(long periodId) {
        Period period = period(periodId).orElseThrow(() -> new ActionRefused("activity.period.unknown"));
        Activity activity = period.getActivity();
        remove(StructureRemoving.Part.PERIOD, periodId, ParisTime.day(period.getFirstDay()) + " – " + ParisTime.day(period.getLastDay()),
                () -> {
                    activity.removePeriod(period);
                    em.remove(period);
                });
        return activity.getId();
    }

    /** A closure: the day leaves the calendar, unless children are booked on it. */
    public void closeDay(long periodId, LocalDate day) {
        Period period = period(periodId).orElseThrow(() -> new ActionRefused("activity.period.unknown"));
        period.getOpeningDays().stream().filter(d -> d.getDate().equals(day)).findFirst()
                .ifPresent(opening -> dayClosing.fire(OpeningDayClosing.of(opening.getId())));
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

    private static ActivityGroup group(Activity activity, long groupId) {
        return activity.getGroups().stream().filter(g -> g.getId() == groupId).findFirst()
                .orElseThrow(() -> new ActionRefused("activity.unknown"));
    }

    private static ActivityUnit unit(Activity activity, long unitId) {
        return activity.getUnits().stream().filter(u -> u.getId() == unitId).findFirst()
                .orElseThrow(() -> new ActionRefused("activity.unknown"));
    }

    private static ActivityService service(Activity activity, long serviceId) {
        return activity.getServices().stream().filter(s -> s.getId() == serviceId).findFirst()
                .orElseThrow(() -> new ActionRefused("activity.unknown"));
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
