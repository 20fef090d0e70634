package fr.portailfamilles.attendance.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.attendance.boundary.AllPresent;
import fr.portailfamilles.attendance.boundary.Attendance;
import fr.portailfamilles.attendance.boundary.AttendanceSheet;
import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ChildAttendance;
import fr.portailfamilles.attendance.boundary.DayGroup;
import fr.portailfamilles.attendance.boundary.ExcuseReason;
import fr.portailfamilles.attendance.boundary.MarkedMeanwhile;
import fr.portailfamilles.attendance.boundary.Marker;
import fr.portailfamilles.attendance.entity.AttendanceChange;
import fr.portailfamilles.household.boundary.HouseholdChild;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff: "Pointage", a day's attendance for one group, on a tablet or with the keyboard: one tap per child (present,
 * absent, or excused with its reason), "Tous présents" for the children not marked yet, and a child who came
 * without a booking added present. A colleague's change made since the list was loaded is shown, never overwritten.
 */
@Named
@ViewScoped
public class AttendanceSheetView implements Serializable {

    private static final int MATCHES = 20;

    @Inject
    Attendance attendance;

    @Inject
    Households households;

    @Inject
    Activities activities;

    @Inject
    SignedInPerson signedIn;

    @Inject
    Clock clock;

    private LocalDate day;
    private String groupKey;
    private List<DayGroup> groups = List.of();
    private AttendanceSheet sheet;
    private List<ChangeLine> changes;
    private List<SelectItem> units = List.of();
    private List<SelectItem> services = List.of();
    private Long unitId;
    private List<Long> serviceIds = new ArrayList<>();
    private String search;
    private List<HouseholdChild> matches = List.of();

    @PostConstruct
    void today() {
        day = clock.today();
        dayChosen();
    }

    public void dayChosen() {
        groups = day == null ? List.of() : attendance.groupsOn(day);
        if (groups.size() == 1) {
            groupKey = groups.get(0).getKey();
        } else if (groups.stream().noneMatch(g -> g.getKey().equals(groupKey))) {
            groupKey = null;
        }
        groupChosen();
    }

    public void groupChosen() {
        Optional<DayGroup> group = chosen();
        unitId = null;
        serviceIds = new ArrayList<>();
        matches = List.of();
        Optional<Activity> activity = group.map(this::activityOf);
        units = activity.map(a -> a.getUnits().stream().map(u -> new SelectItem(u.getId(), u.getLabel())).toList()).orElse(List.of());
        services = activity.map(a -> a.getServices().stream().map(s -> new SelectItem(s.getId(), s.getLabel())).toList()).orElse(List.of());
        // A child who turns up unannounced usually stays the whole day.
        unitId = activity.flatMap(a -> a.getUnits().stream().filter(u -> u.isMorning() && u.isAfternoon()).findFirst()
                .or(() -> a.getUnits().stream().findFirst())).map(ActivityUnit::getId).orElse(null);
        reload();
    }

    public void present(long childId) {
        mark(childId, AttendanceState.PRESENT, null);
    }

    public void absent(long childId) {
        mark(childId, AttendanceState.ABSENT, null);
    }

    public void excuse(long childId, ExcuseReason reason) {
        mark(childId, AttendanceState.EXCUSED, reason);
    }

    private void mark(long childId, AttendanceState state, ExcuseReason reason) {
        Optional<ChildAttendance> row = row(childId);
        Optional<DayGroup> group = chosen();
        if (row.isEmpty() || group.isEmpty()) {
            reload();
            return;
        }
        try {
            attendance.mark(group.get().getOpeningDayId(), group.get().getGroupId(), childId, row.get().getVersions(), state, reason, marker());
            reload();
        } catch (MarkedMeanwhile colleague) {
            reload();
            row(childId).filter(ChildAttendance::isMarked).ifPresentOrElse(now -> Messages.error(null, "attendance.markedMeanwhile",
                            now.getChildName(), stateText(now), now.getMarkedBy(), hourOf(now.getMarkedAt())),
                    () -> Messages.error(null, "attendance.notExpected"));
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
            reload();
        }
    }

    public void allPresent() {
        Optional<DayGroup> group = chosen();
        if (group.isEmpty() || sheet == null) {
            return;
        }
        Set<Long> unmarked = sheet.getRows().stream().filter(r -> !r.isMarked()).map(ChildAttendance::getChildId).collect(Collectors.toSet());
        try {
            AllPresent done = attendance.markAllPresent(group.get().getOpeningDayId(), group.get().getGroupId(), unmarked, marker());
            Messages.info(null, "attendance.allPresentDone", done.marked());
            if (done.markedMeanwhile() > 0) {
                Messages.error(null, "attendance.allPresentMeanwhile", done.markedMeanwhile());
            }
        } catch (MarkedMeanwhile colleague) {
            Messages.error(null, "attendance.allPresentRetry");
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
        reload();
    }

    public void searchChildren() {
        matches = households.childrenNamed(search, MATCHES);
        if (matches.isEmpty()) {
            Messages.error(null, "attendance.noChildFound");
        }
    }

    public void addUnexpected(HouseholdChild child) {
        Optional<DayGroup> group = chosen();
        if (group.isEmpty() || unitId == null) {
            return;
        }
        try {
            attendance.addUnexpected(group.get().getOpeningDayId(), group.get().getGroupId(), child.getHouseholdId(), child.getChildId(),
                    unitId, serviceIds, marker());
            Messages.info(null, "attendance.added", child.getChildName());
            matches = List.of();
            search = null;
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
        reload();
    }

    /** "Présent", "Absent", "Absent justifié : annulé à temps", or "Non pointé". */
    public String stateText(ChildAttendance row) {
        if (row.getState() == null) {
            return Messages.text("attendance.unmarked");
        }
        String state = Messages.text("attendance.state." + row.getState());
        return row.getReason() == null ? state : state + " : " + Messages.text("attendance.reason." + row.getReason());
    }

    /** "9 h 12": when a child was marked, on the centre's clocks. */
    public String hourOf(Instant at) {
        ZonedDateTime moment = at.atZone(ParisTime.ZONE);
        return Messages.text("attendance.hour", moment.getHour(), String.format("%02d", moment.getMinute()));
    }

    /** Whether a mark or change was made on the day shown: a later correction was not, and says its date. */
    public boolean madeOnTheDay(Instant at) {
        return at.atZone(ParisTime.ZONE).toLocalDate().equals(day);
    }

    /** The hour of a change made on the day shown, its date and hour otherwise (a correction days later). */
    public String momentOf(Instant at) {
        return madeOnTheDay(at) ? hourOf(at)
                : Messages.text("attendance.dayAndHour", ParisTime.DAY.format(at.atZone(ParisTime.ZONE)), hourOf(at));
    }

    public List<ChangeLine> getChanges() {
        if (changes == null) {
            changes = sheet == null ? List.of() : journal();
        }
        return changes;
    }

    private List<ChangeLine> journal() {
        Map<Long, String> names = sheet.getRows().stream().collect(Collectors.toMap(ChildAttendance::getChildId, ChildAttendance::getChildName));
        List<ChangeLine> lines = new ArrayList<>();
        for (AttendanceChange change : attendance.changesOn(chosen().orElseThrow().getOpeningDayId(), names.keySet())) {
            ChangeLine line = new ChangeLine(change.getChangedAt(), names.get(change.getChildId()), change.getChangedByName(),
                    change.getBeforeState() == null ? Messages.text("attendance.unmarked") : text(change.getBeforeState(), change.getBeforeReason()),
                    text(change.getAfterState(), change.getAfterReason()), change.isCorrection());
            if (lines.isEmpty() || !line.sameAs(lines.get(lines.size() - 1))) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String text(AttendanceState state, ExcuseReason reason) {
        String text = Messages.text("attendance.state." + state);
        return reason == null ? text : text + " : " + Messages.text("attendance.reason." + reason);
    }

    private void reload() {
        sheet = chosen().map(g -> attendance.sheet(g.getOpeningDayId(), g.getGroupId())).orElse(null);
        changes = null;
    }

    private Optional<ChildAttendance> row(long childId) {
        return sheet == null ? Optional.empty() : sheet.getRows().stream().filter(r -> r.getChildId() == childId).findFirst();
    }

    private Optional<DayGroup> chosen() {
        return groups.stream().filter(g -> g.getKey().equals(groupKey)).findFirst();
    }

    private Activity activityOf(DayGroup group) {
        return activities.openingDay(group.getOpeningDayId()).orElseThrow().getPeriod().getActivity();
    }

    private Marker marker() {
        return new Marker(Caller.name(), signedIn.getDisplayName());
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getGroupKey() { return groupKey; }
    public void setGroupKey(String groupKey) { this.groupKey = groupKey; }
    public List<DayGroup> getGroups() { return groups; }
    public AttendanceSheet getSheet() { return sheet; }
    public List<SelectItem> getUnits() { return units; }
    public List<SelectItem> getServices() { return services; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public List<Long> getServiceIds() { return serviceIds; }
    public void setServiceIds(List<Long> serviceIds) { this.serviceIds = serviceIds; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<HouseholdChild> getMatches() { return matches; }
}
