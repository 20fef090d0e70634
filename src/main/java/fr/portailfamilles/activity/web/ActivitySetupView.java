package fr.portailfamilles.activity.web;

import fr.portailfamilles.activity.boundary.ActivityEditing;
import fr.portailfamilles.activity.boundary.ActivityEditing.PeriodDetails;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.MissingPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Staff: one activity's groups, units, services and periods, each added from its own small form. */
@Named
@ViewScoped
public class ActivitySetupView implements Serializable {

    @Inject
    ActivityEditing editing;

    @Inject
    Clock clock;

    private Long id;
    private transient Activity activity;

    private String groupName;
    private Integer groupAgeMin;
    private Integer groupAgeMax;
    private Integer groupCapacity;

    private String unitLabel;
    private boolean unitMorning = true;
    private boolean unitAfternoon;

    private String serviceLabel;
    private Integer serviceCapacity;

    private Long changedGroupId;
    private String changedGroupName;
    private Integer changedGroupAgeMin;
    private Integer changedGroupAgeMax;
    private Long renamedUnitId;
    private String renamedUnitLabel;
    private Long renamedServiceId;
    private String renamedServiceLabel;

    private String capacityTarget;
    private Integer newCapacity;

    private LocalDate firstDay;
    private LocalDate lastDay;
    private WeekdayChoice weekdayChoice = new WeekdayChoice(List.of(DayOfWeek.WEDNESDAY));
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer cancelDaysBefore = 7;
    private Integer cancelHour = 12;
    private boolean autoAccept = true;

    public void load() throws IOException {
        if (getActivity() == null) {
            MissingPage.send();
        } else {
            weekdayChoice = new WeekdayChoice(defaultWeekdays(activity.getKind()));
        }
    }

    /** A holiday activity opens every weekday; a Wednesdays one, on Wednesdays. */
    static Set<DayOfWeek> defaultWeekdays(ActivityKind kind) {
        return kind == ActivityKind.HOLIDAYS ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.of(DayOfWeek.WEDNESDAY);
    }

    public void addGroup() throws IOException {
        change(() -> editing.addGroup(id, groupName, groupAgeMin, groupAgeMax, groupCapacity), "activity.group.added");
    }

    public void addUnit() throws IOException {
        change(() -> editing.addUnit(id, unitLabel, unitMorning, unitAfternoon), "activity.unit.added");
    }

    public void addService() throws IOException {
        change(() -> editing.addService(id, serviceLabel, serviceCapacity), "activity.service.added");
    }

    public void changeGroup() throws IOException {
        change(() -> editing.changeGroup(id, changedGroupId, changedGroupName, changedGroupAgeMin, changedGroupAgeMax),
                "activity.group.changed");
    }

    public void renameUnit() throws IOException {
        change(() -> editing.renameUnit(id, renamedUnitId, renamedUnitLabel), "activity.unit.changed");
    }

    public void renameService() throws IOException {
        change(() -> editing.renameService(id, renamedServiceId, renamedServiceLabel), "activity.service.changed");
    }

    public void removeGroup(long groupId) throws IOException {
        change(() -> editing.removeGroup(id, groupId), "activity.removed");
    }

    public void removeUnit(long unitId) throws IOException {
        change(() -> editing.removeUnit(id, unitId), "activity.removed");
    }

    public void removeService(long serviceId) throws IOException {
        change(() -> editing.removeService(id, serviceId), "activity.removed");
    }

    /** Places of a group ("G" and its id) or seats of a service ("S" and its id). */
    public void changeCapacity() throws IOException {
        long targetId = Long.parseLong(capacityTarget.substring(1));
        change(() -> {
            if (capacityTarget.startsWith("G")) {
                editing.changeGroupCapacity(id, targetId, newCapacity);
            } else {
                editing.changeServiceCapacity(id, targetId, newCapacity);
            }
        }, "activity.capacity.changed");
    }

    public void addPeriod() throws IOException {
        PeriodDetails details = new PeriodDetails(firstDay, lastDay, weekdayChoice.chosen(), opensOn, closesOn,
                cancelDaysBefore, LocalTime.of(cancelHour, 0), autoAccept);
        change(() -> editing.addPeriod(id, details), "activity.period.added");
    }

    private void change(Runnable change, String doneKey) throws IOException {
        FormSaves.save(() -> {
            change.run();
            return "/gestion/activite.xhtml?id=" + id;
        }, doneKey);
    }

    /** Choosing the group to change fills its fields with what it is now: only what changes is typed. */
    public void groupChosen() {
        Optional<ActivityGroup> group = getActivity().getGroups().stream().filter(g -> g.getId().equals(changedGroupId)).findFirst();
        changedGroupName = group.map(ActivityGroup::getName).orElse(null);
        changedGroupAgeMin = group.map(ActivityGroup::getAgeMin).orElse(null);
        changedGroupAgeMax = group.map(ActivityGroup::getAgeMax).orElse(null);
    }

    /** Its last day is past: no day is left whose places could change. */
    public boolean isOver() {
        return getActivity().getEndsOn().isBefore(clock.today());
    }

    public void unitChosen() {
        renamedUnitLabel = getActivity().getUnits().stream().filter(u -> u.getId().equals(renamedUnitId))
                .map(ActivityUnit::getLabel).findFirst().orElse(null);
    }

    public void serviceChosen() {
        renamedServiceLabel = getActivity().getServices().stream().filter(s -> s.getId().equals(renamedServiceId))
                .map(ActivityService::getLabel).findFirst().orElse(null);
    }

    public Activity getActivity() {
        if (activity == null && id != null) {
            activity = editing.forStaff(id).orElse(null);
        }
        return activity;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public Integer getGroupAgeMin() { return groupAgeMin; }
    public void setGroupAgeMin(Integer groupAgeMin) { this.groupAgeMin = groupAgeMin; }
    public Integer getGroupAgeMax() { return groupAgeMax; }
    public void setGroupAgeMax(Integer groupAgeMax) { this.groupAgeMax = groupAgeMax; }
    public Integer getGroupCapacity() { return groupCapacity; }
    public void setGroupCapacity(Integer groupCapacity) { this.groupCapacity = groupCapacity; }
    public String getUnitLabel() { return unitLabel; }
    public void setUnitLabel(String unitLabel) { this.unitLabel = unitLabel; }
    public boolean isUnitMorning() { return unitMorning; }
    public void setUnitMorning(boolean unitMorning) { this.unitMorning = unitMorning; }
    public boolean isUnitAfternoon() { return unitAfternoon; }
    public void setUnitAfternoon(boolean unitAfternoon) { this.unitAfternoon = unitAfternoon; }
    public String getServiceLabel() { return serviceLabel; }
    public void setServiceLabel(String serviceLabel) { this.serviceLabel = serviceLabel; }
    public Long getChangedGroupId() { return changedGroupId; }
    public void setChangedGroupId(Long changedGroupId) { this.changedGroupId = changedGroupId; }
    public String getChangedGroupName() { return changedGroupName; }
    public void setChangedGroupName(String changedGroupName) { this.changedGroupName = changedGroupName; }
    public Integer getChangedGroupAgeMin() { return changedGroupAgeMin; }
    public void setChangedGroupAgeMin(Integer changedGroupAgeMin) { this.changedGroupAgeMin = changedGroupAgeMin; }
    public Integer getChangedGroupAgeMax() { return changedGroupAgeMax; }
    public void setChangedGroupAgeMax(Integer changedGroupAgeMax) { this.changedGroupAgeMax = changedGroupAgeMax; }
    public Long getRenamedUnitId() { return renamedUnitId; }
    public void setRenamedUnitId(Long renamedUnitId) { this.renamedUnitId = renamedUnitId; }
    public String getRenamedUnitLabel() { return renamedUnitLabel; }
    public void setRenamedUnitLabel(String renamedUnitLabel) { this.renamedUnitLabel = renamedUnitLabel; }
    public Long getRenamedServiceId() { return renamedServiceId; }
    public void setRenamedServiceId(Long renamedServiceId) { this.renamedServiceId = renamedServiceId; }
    public String getRenamedServiceLabel() { return renamedServiceLabel; }
    public void setRenamedServiceLabel(String renamedServiceLabel) { this.renamedServiceLabel = renamedServiceLabel; }
    public String getCapacityTarget() { return capacityTarget; }
    public void setCapacityTarget(String capacityTarget) { this.capacityTarget = capacityTarget; }
    public Integer getNewCapacity() { return newCapacity; }
    public void setNewCapacity(Integer newCapacity) { this.newCapacity = newCapacity; }
    public Integer getServiceCapacity() { return serviceCapacity; }
    public void setServiceCapacity(Integer serviceCapacity) { this.serviceCapacity = serviceCapacity; }
    public LocalDate getFirstDay() { return firstDay; }
    public void setFirstDay(LocalDate firstDay) { this.firstDay = firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public WeekdayChoice getWeekdayChoice() { return weekdayChoice; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public Integer getCancelDaysBefore() { return cancelDaysBefore; }
    public void setCancelDaysBefore(Integer cancelDaysBefore) { this.cancelDaysBefore = cancelDaysBefore; }
    public Integer getCancelHour() { return cancelHour; }
    public void setCancelHour(Integer cancelHour) { this.cancelHour = cancelHour; }
    public boolean isAutoAccept() { return autoAccept; }
    public void setAutoAccept(boolean autoAccept) { this.autoAccept = autoAccept; }
}
