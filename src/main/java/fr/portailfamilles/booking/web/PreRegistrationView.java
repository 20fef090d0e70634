package fr.portailfamilles.booking.web;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.web.FamilySpaceView;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.MailNotices;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pré-inscrire: choix de l'enfant, de l'activité, de la période et des jours → Afficher le calendrier; the
 * Sélection en masse ticks weekdays, units and services over the whole period; single boxes are then changed
 * by hand; Valider sends every ticked box in one go.
 */
@Named
@ViewScoped
public class PreRegistrationView implements Serializable {

    @Inject
    MailNotices mailNotices;

    @Inject
    BookingDesk desk;

    @Inject
    FamilySpaceView familySpace;

    @Inject
    SignedInPerson signedIn;

    private Long childId;
    private Long activityId;
    private Long periodId;
    /** Weekday names the calendar shows; empty means every day ("Tous les jours"). */
    private List<String> shownWeekdays = new ArrayList<>();

    private List<String> bulkWeekdays = new ArrayList<>();
    private List<String> bulkUnits = new ArrayList<>();
    private List<String> bulkServices = new ArrayList<>();

    private List<CalendarRow> rows;
    /** Read once per child or activity chosen rather than on each render; kept out of the session's serialized state. */
    private transient List<Activity> activities;
    private transient Long activitiesOfChild;
    private transient List<Period> periods;
    private transient Long periodsOfActivity;
    private transient List<Child> children;
    /** The caller's own household, read once for the view. */
    private Long householdId;

    public List<Child> getChildren() {
        if (children == null) {
            children = familySpace.getHousehold().getChildren();
        }
        return children;
    }

    public List<Activity> getActivities() {
        if (childId == null) {
            return List.of();
        }
        if (!childId.equals(activitiesOfChild)) {
            activities = desk.activitiesFor(householdId(), childId);
            activitiesOfChild = childId;
        }
        return activities;
    }

    public List<Period> getPeriods() {
        if (activityId == null) {
            return List.of();
        }
        if (!activityId.equals(periodsOfActivity)) {
            periods = desk.openPeriods(activityId);
            periodsOfActivity = activityId;
        }
        return periods;
    }

    /** Choosing another child or activity starts the choice again below it. */
    public void childChosen() {
        activityId = null;
        activityChosen();
    }

    public void activityChosen() {
        periodId = null;
        periodChosen();
    }

    public void periodChosen() {
        rows = null;
    }

    public void showCalendar() {
        if (childId == null || activityId == null || periodId == null) {
            Messages.error(null, "prereg.chooseFirst");
            return;
        }
        try {
            rows = new ArrayList<>(desk.calendar(householdId(), childId, periodId).stream().map(CalendarRow::new).toList());
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    /** Appliquer la sélection: the ticked weekdays get the ticked units and services, over the whole period. */
    public void applySelection() {
        for (CalendarRow row : getShownRows()) {
            if (!bulkWeekdays.isEmpty() && !bulkWeekdays.contains(row.getDay().getDate().getDayOfWeek().name())) {
                continue;
            }
            bulkUnits.forEach(id -> row.tick(row.getUnits(), Long.parseLong(id), unitTakenById(row, Long.parseLong(id))));
            bulkServices.forEach(id -> row.tick(row.getServices(), Long.parseLong(id), row.heldService(Long.parseLong(id))));
        }
    }

    /**
     * Already asked for, or overlapping what is: with Matin held that day, Journée is greyed too (the centre refuses
     * a second request for a half-day the child holds), and Après-midi stays free.
     */
    public boolean unitTaken(CalendarRow row, ActivityUnit unit) {
        return getUnits().stream().filter(held -> row.heldUnit(held.getId()))
                .anyMatch(held -> held.isMorning() && unit.isMorning() || held.isAfternoon() && unit.isAfternoon());
    }

    private boolean unitTakenById(CalendarRow row, long unitId) {
        return getUnits().stream().filter(unit -> unit.getId() == unitId).anyMatch(unit -> unitTaken(row, unit));
    }

    /** Réinitialiser: every box the parent ticked is cleared; what is already registered stays. */
    public void reset() {
        if (rows != null) {
            rows.forEach(CalendarRow::clear);
        }
    }

    public void validateAndExit() throws IOException {
        List<BookingRequest> made = send();
        if (made != null) {
            Messages.infoAfterRedirect("/portail/inscriptions.xhtml", "prereg.sent", made.size(), mailNotices.toYou());
        }
    }

    public void validateAndNew() throws IOException {
        List<BookingRequest> made = send();
        if (made != null) {
            Messages.infoAfterRedirect("/portail/pre-inscrire.xhtml", "prereg.sent", made.size(), mailNotices.toYou());
        }
    }

    private List<BookingRequest> send() {
        List<Wish> wishes = new ArrayList<>();
        for (CalendarRow row : rows == null ? List.<CalendarRow>of() : rows) {
            long day = row.getDay().getOpeningDayId();
            ticked(row.getUnits()).stream().filter(id -> !row.heldUnit(id)).forEach(id -> wishes.add(Wish.unit(day, id)));
            ticked(row.getServices()).stream().filter(id -> !row.heldService(id)).forEach(id -> wishes.add(Wish.service(day, id)));
        }
        try {
            return desk.request(householdId(), childId, wishes, signedIn.login().orElseThrow());
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
            return null;
        }
    }

    private static List<Long> ticked(Map<Long, Boolean> boxes) {
        return boxes.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    public List<CalendarRow> getShownRows() {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().filter(r -> shownWeekdays.isEmpty()
                || shownWeekdays.contains(r.getDay().getDate().getDayOfWeek().name())).toList();
    }

    public boolean isCalendarShown() {
        return rows != null;
    }

    private Activity activity() {
        return getActivities().stream().filter(a -> a.getId().equals(activityId)).findFirst().orElse(null);
    }

    public List<ActivityUnit> getUnits() {
        return activity() == null ? List.of() : activity().getUnits();
    }

    public List<ActivityService> getServices() {
        return activity() == null ? List.of() : activity().getServices();
    }

    public DayOfWeek[] getWeekdays() {
        return new DayOfWeek[]{DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};
    }

    private long householdId() {
        if (householdId == null) {
            householdId = familySpace.getHousehold().getId();
        }
        return householdId;
    }

    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public List<String> getShownWeekdays() { return shownWeekdays; }
    public void setShownWeekdays(List<String> shownWeekdays) { this.shownWeekdays = shownWeekdays; }
    public List<String> getBulkWeekdays() { return bulkWeekdays; }
    public void setBulkWeekdays(List<String> bulkWeekdays) { this.bulkWeekdays = bulkWeekdays; }
    public List<String> getBulkUnits() { return bulkUnits; }
    public void setBulkUnits(List<String> bulkUnits) { this.bulkUnits = bulkUnits; }
    public List<String> getBulkServices() { return bulkServices; }
    public void setBulkServices(List<String> bulkServices) { this.bulkServices = bulkServices; }
}
