package fr.portailfamilles.activity.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.boundary.ActivityEditing;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.platform.web.FormSaves;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Staff: the centre's activities, and a new one. */
@Named
@RequestScoped
public class ActivitiesView {

    @Inject
    Activities activities;

    @Inject
    ActivityEditing editing;

    @NotBlank(message = "{activity.name.required}") @Size(max = 80, message = "{changes.tooLong}")
    private String name;
    private ActivityKind kind = ActivityKind.WEDNESDAYS;
    @NotNull(message = "{activity.season.invalid}") @Pattern(regexp = "\\d{4}/\\d{4}", message = "{activity.season.invalid}")
    private String season;
    @NotNull(message = "{activity.dates.required}")
    private LocalDate startsOn;
    @NotNull(message = "{activity.dates.required}")
    private LocalDate endsOn;
    @NotNull(message = "{activity.ages.invalid}") @Min(value = 0, message = "{activity.ages.invalid}") @Max(value = 17, message = "{activity.ages.invalid}")
    private Integer ageMin = 3;
    @NotNull(message = "{activity.ages.invalid}") @Min(value = 0, message = "{activity.ages.invalid}") @Max(value = 17, message = "{activity.ages.invalid}")
    private Integer ageMax = 11;

    private List<Activity> all;

    public void create() throws IOException {
        FormSaves.save(() -> "/gestion/activite.xhtml?id=" + editing.create(name, kind, season, startsOn, endsOn, ageMin, ageMax),
                "activity.created");
    }

    public List<Activity> getAll() {
        if (all == null) {
            all = activities.all();
        }
        return all;
    }

    public ActivityKind[] getKinds() { return ActivityKind.values(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public String getSeason() { return season; }
    public void setSeason(String season) { this.season = season; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getAgeMin() { return ageMin; }
    public void setAgeMin(Integer ageMin) { this.ageMin = ageMin; }
    public Integer getAgeMax() { return ageMax; }
    public void setAgeMax(Integer ageMax) { this.ageMax = ageMax; }
}
