package fr.portailfamilles.activity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What parents register children for, e.g. "MERCREDI 2026/2027" or "VACANCES D'HIVER 2027". */
@Entity
@NamedQuery(name = Activity.FIND_ALL, query = "select a from Activity a order by a.startsOn, a.name")
public class Activity {

    public static final String FIND_ALL = "Activity.findAll";

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    /** School year, e.g. "2026/2027". */
    @Column(nullable = false)
    private String season;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "age_min", nullable = false)
    private int ageMin;

    @Column(name = "age_max", nullable = false)
    private int ageMax;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("ageMin, name")
    private List<ActivityGroup> groups = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ActivityUnit> units = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ActivityService> services = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.PERSIST)
    @OrderBy("firstDay")
    private List<Period> periods = new ArrayList<>();

    @Version
    private long version;

    protected Activity() {
    }

    public Activity(String name, ActivityKind kind, String season, LocalDate startsOn, LocalDate endsOn,
                    int ageMin, int ageMax) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An activity cannot end before it starts");
        }
        if (ageMax < ageMin) {
            throw new IllegalArgumentException("The age range is reversed");
        }
        this.name = name;
        this.kind = kind;
        this.season = season;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.ageMin = ageMin;
        this.ageMax = ageMax;
    }

    public boolean welcomesAge(int age) {
        return age >= ageMin && age <= ageMax;
    }

    /** Ages within the activity's range; groups may not overlap, so a child belongs to one group. */
    public ActivityGroup addGroup(String groupName, int groupAgeMin, int groupAgeMax, int capacity) {
        if (groupAgeMin < ageMin || groupAgeMax > ageMax
                || groups.stream().anyMatch(g -> groupAgeMin <= g.getAgeMax() && g.getAgeMin() <= groupAgeMax)) {
            throw new IllegalArgumentException("The group's ages must fit the activity and no other group");
        }
        ActivityGroup group = new ActivityGroup(this, groupName, groupAgeMin, groupAgeMax, capacity);
        groups.add(group);
        return group;
    }

    /** New name and ages, under the same rules as a new group: within the activity's ages, overlapping no other group. */
    public void changeGroup(ActivityGroup group, String groupName, int groupAgeMin, int groupAgeMax) {
        if (groupAgeMin < ageMin || groupAgeMax > ageMax || groups.stream().filter(g -> g != group)
                .anyMatch(g -> groupAgeMin <= g.getAgeMax() && g.getAgeMin() <= groupAgeMax)) {
            throw new IllegalArgumentException("The group's ages must fit the activity and no other group");
        }
        group.change(groupName, groupAgeMin, groupAgeMax);
    }

    public void removeGroup(ActivityGroup group) {
        groups.remove(group);
    }

    public void removeUnit(ActivityUnit unit) {
        units.remove(unit);
    }

    public void removeService(ActivityService service) {
        services.remove(service);
    }

    /** The period leaves the activity; the caller removes it (a period is not an orphan of its activity). */
    public void removePeriod(Period period) {
        periods.remove(period);
    }

    public ActivityUnit addUnit(String label, boolean morning, boolean afternoon) {
        ActivityUnit unit = new ActivityUnit(this, label, morning, afternoon, units.size() + 1);
        units.add(unit);
        return unit;
    }

    public ActivityService addService(String label, Integer dailyCapacity) {
        ActivityService service = new ActivityService(this, label, dailyCapacity, services.size() + 1);
        services.add(service);
        return service;
    }

    /** A period within the activity's dates, its opening days generated from the weekdays minus public holidays. */
    public Period addPeriod(LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays) {
        if (firstDay.isBefore(startsOn) || lastDay.isAfter(endsOn)) {
            throw new IllegalArgumentException("A period falls within its activity's dates");
        }
        Period period = new Period(this, firstDay, lastDay, weekdays);
        periods.add(period);
        return period;
    }

    /** The group a child of this age joins, if the activity takes such children. */
    public Optional<ActivityGroup> groupFor(int age) {
        return groups.stream().filter(g -> g.welcomesAge(age)).findFirst();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public ActivityKind getKind() { return kind; }
    public String getSeason() { return season; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getAgeMin() { return ageMin; }
    public int getAgeMax() { return ageMax; }
    public List<ActivityGroup> getGroups() { return Collections.unmodifiableList(groups); }
    public List<ActivityUnit> getUnits() { return Collections.unmodifiableList(units); }
    public List<ActivityService> getServices() { return Collections.unmodifiableList(services); }
    public List<Period> getPeriods() { return Collections.unmodifiableList(periods); }
}
