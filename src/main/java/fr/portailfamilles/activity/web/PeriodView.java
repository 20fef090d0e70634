package fr.portailfamilles.activity.web;

import fr.portailfamilles.activity.boundary.ActivityEditing;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.MissingPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/** Staff: a period's opening days, generated from its weekdays minus public holidays, then edited one by one. */
@Named
@ViewScoped
public class PeriodView implements Serializable {

    @Inject
    ActivityEditing editing;

    private Long id;
    private transient Period period;
    private LocalDate dayToOpen;

    public void load() throws IOException {
        if (getPeriod() == null) {
            MissingPage.send();
        }
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
    public LocalDate getDayToOpen() { return dayToOpen; }
    public void setDayToOpen(LocalDate dayToOpen) { this.dayToOpen = dayToOpen; }
}
