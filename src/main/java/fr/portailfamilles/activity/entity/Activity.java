package fr.portailfamilles.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.LocalDate;

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

    public Long getId() { return id; }
    public String getName() { return name; }
    public ActivityKind getKind() { return kind; }
    public String getSeason() { return season; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getAgeMin() { return ageMin; }
    public int getAgeMax() { return ageMax; }
}
