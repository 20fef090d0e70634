package fr.portailfamilles.activity.web;

import fr.portailfamilles.activity.boundary.ActivityEditing;
import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.control.WeekdayChange;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.MissingPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** Staff: a period's opening days, generated from its weekdays minus public holidays, then edited one by one. */
@Named
@ViewScoped
public class PeriodView implements Serializable {

    @Inject
    ActivityEditing editing;

    @Inject
    Clock clock;

    private Long id;
    private transient Period period;
    /** The period's version the forms were filled from: a colleague's save in between refuses the weekdays. */
    private long version;
    private WeekdayChoice weekdayChoice;
    private LocalDate dayToOpen;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer cancelDaysBefore;
    private Integer cancelHour;
    private boolean autoAccept;

    /** The settings form starts from what the period holds. */
    public void load() throws IOException {
        if (getPeriod() == null) {
            MissingPage.send();
            return;
        }
        opensOn = period.getRegistrationOpensOn();
        closesOn = period.getRegistrationClosesOn();
        cancelDaysBefore = period.getCancellationRule().daysBefore();
        cancelHour = period.getCancellationRule().at().getHour();
        autoAccept = period.isAutoAccept();
        version = period.getVersion();
        weekdayChoice = new WeekdayChoice(period.getWeekdays());
    }

    public void changeSettings() throws IOException {
        change(() -> editing.changePeriod(id, opensOn, closesOn,
                new CancellationRule(cancelDaysBefore, LocalTime.of(cancelHour, 0)), autoAccept), "activity.period.changed");
    }

    /** A refusal shows the page again with the staff's choice and the days as they are now. */
    public void changeWeekdays() throws IOException {
        FormSaves.saveSaying(() -> {
            WeekdayChange change = editing.changeWeekdays(id, version, weekdayChoice.chosen());
            return new FormSaves.Saved("/gestion/periode.xhtml?id=" + id, "activity.weekdays.changed",
                    change.added().size(), change.removed().size(), ParisTime.day(change.from()));
        });
        period = null;
    }

    /** A finished period's days are all past, and past days never change. */
    public boolean isWeekdaysChangeable() {
        return getPeriod() != null && !period.isFinishedOn(clock.today());
    }

    public void remove() throws IOException {
        FormSaves.save(() -> "/gestion/activite.xhtml?id=" + editing.removePeriod(id), "activity.removed");
    }

    public void close(LocalDate day) throws IOException {
        change(() -> editing.closeDay(id, day), "activity.day.closed");
    }

    public void open() throws IOException {
        change(() -> editing.openDay(id, dayToOpen), "activity.day.opened");
    }

    private void change(Runnable change, String doneKey) throws IOException {
        FormSaves.save(() -> {
            change.run();
            return "/gestion/periode.xhtml?id=" + id;
        }, doneKey);
    }

    public Period getPeriod() {
        if (period == null && id != null) {
            period = editing.period(id).orElse(null);
        }
        return period;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
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
    public WeekdayChoice getWeekdayChoice() { return weekdayChoice; }
    public LocalDate getDayToOpen() { return dayToOpen; }
    public void setDayToOpen(LocalDate dayToOpen) { this.dayToOpen = dayToOpen; }
}
