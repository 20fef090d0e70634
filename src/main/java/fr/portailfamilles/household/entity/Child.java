package fr.portailfamilles.household.entity;

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
import java.time.Period;

@Entity
@NamedQuery(name = Child.COUNT, query = "select count(c) from Child c")
public class Child {

    public static final String COUNT = "Child.count";

    @Id
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    private Long id;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    private String school;

    @Column(name = "school_class")
    private String schoolClass;

    @Version
    private long version;

    protected Child() {
    }

    public Child(String lastName, String firstName, LocalDate birthDate, Sex sex) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    public void attendSchool(String school, String schoolClass) {
        this.school = school;
        this.schoolClass = schoolClass;
    }

    /** Age in whole years on a given day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public Long getId() { return id; }
    public String getLastName() { return lastName; }
    public String getFirstName() { return firstName; }
    public String getFullName() { return firstName + " " + lastName; }
    public LocalDate getBirthDate() { return birthDate; }
    public Sex getSex() { return sex; }
    public String getSchool() { return school; }
    public String getSchoolClass() { return schoolClass; }
}
