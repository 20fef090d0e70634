package fr.portailfamilles.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Children of an age range within an activity ("3–5 ans"), with the places it has for each half-day. */
@Entity
@Table(name = "activity_group")
public class ActivityGroup {

    @Id
    @SequenceGenerator(name = "activity_group_seq", sequenceName = "activity_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_group_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(nullable = false)
    private String name;

    @Column(name = "age_min", nullable = false)
    private int ageMin;

    @Column(name = "age_max", nullable = false)
    private int ageMax;

    @Column(nullable = false)
    private int capacity;

    @Version
    private long version;

    protected ActivityGroup() {
    }

    ActivityGroup(Activity activity, String name, int ageMin, int ageMax, int capacity) {
        if (ageMax < ageMin || capacity < 0) {
            throw new IllegalArgumentException("A group needs an age range and a capacity of zero or more");
        }
        this.activity = activity;
        this.name = name;
        this.ageMin = ageMin;
        this.ageMax = ageMax;
        this.capacity = capacity;
    }

    void change(String newName, int newAgeMin, int newAgeMax) {
        if (newName.isBlank() || newAgeMax < newAgeMin) {
            throw new IllegalArgumentException("A group needs a name and an age range");
        }
        this.name = newName;
        this.ageMin = newAgeMin;
        this.ageMax = newAgeMax;
    }

    /** Places per half-day from now on; the days already booked beyond it are checked by the bookings. */
    public void changeCapacity(int places) {
        if (places < 0) {
            throw new IllegalArgumentException("A capacity is zero or more");
        }
        this.capacity = places;
    }

    public boolean welcomesAge(int age) {
        return age >= ageMin && age <= ageMax;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public int getAgeMin() { return ageMin; }
    public int getAgeMax() { return ageMax; }
    public int getCapacity() { return capacity; }
}
