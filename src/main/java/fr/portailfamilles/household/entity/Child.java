package fr.portailfamilles.household.entity;

import fr.portailfamilles.platform.control.SearchText;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** Its names normalised for the staff's searches ({@link SearchText}), kept up to date by every change here. */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    private String school;

    @Column(name = "school_class")
    private String schoolClass;

    /** Health notes are sensitive (RGPD): shown to the child's own guardians and to staff only. */
    private String allergies;

    @Column(name = "has_pai", nullable = false)
    private boolean hasPai;

    @Column(name = "pai_details")
    private String paiDetails;

    @Column(name = "doctor_name")
    private String doctorName;

    @Column(name = "doctor_phone")
    private String doctorPhone;

    @Column(name = "photos_allowed", nullable = false)
    private boolean photosAllowed;

    @Column(name = "may_leave_alone", nullable = false)
    private boolean mayLeaveAlone;

    @OneToMany(mappedBy = "child", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("kind, fullName")
    private List<ChildContact> contacts = new ArrayList<>();

    @Version
    private long version;

    protected Child() {
    }

    public Child(String lastName, String firstName, LocalDate birthDate, Sex sex) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.sex = sex;
        indexForSearch();
    }

    public void rename(String lastName, String firstName, LocalDate birthDate, Sex sex) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.sex = sex;
        indexForSearch();
    }

    private void indexForSearch() {
        searchText = SearchText.column(firstName + " " + lastName, lastName + " " + firstName);
    }

    /** The people of one kind, replaced by the list staff typed. */
    public void replaceContacts(ContactKind kind, List<ContactLine> lines) {
        contacts.removeIf(c -> c.getKind() == kind);
        lines.forEach(line -> addContact(kind, line.fullName(), line.phone(), line.relationship()));
    }

    /** Only the year of birth stays, for the centre's statistics by age. */
    public void anonymise(int rank) {
        lastName = "ANONYME";
        firstName = "Enfant " + rank;
        indexForSearch();
        birthDate = birthDate.withDayOfYear(1);
        school = null;
        schoolClass = null;
        recordHealth(null, null, null, null);
        authorise(false, false);
        contacts.clear();
    }

    public long getVersion() { return version; }

    public void attendSchool(String school, String schoolClass) {
        this.school = school;
        this.schoolClass = schoolClass;
    }

    public void recordHealth(String allergies, String paiDetails, String doctorName, String doctorPhone) {
        this.allergies = allergies;
        this.hasPai = paiDetails != null && !paiDetails.isBlank();
        this.paiDetails = paiDetails;
        this.doctorName = doctorName;
        this.doctorPhone = doctorPhone;
    }

    /** Applies a correction a parent asked for and staff accepted; blank means "not given". */
    public void correct(ChildCorrection field, String value) {
        String given = FileValues.given(value);
        switch (field) {
            case SCHOOL -> school = given;
            case SCHOOL_CLASS -> schoolClass = given;
            case ALLERGIES -> allergies = given;
            case PAI -> {
                paiDetails = given;
                hasPai = given != null;
            }
            case DOCTOR_NAME -> doctorName = given;
            case DOCTOR_PHONE -> doctorPhone = given;
            case PHOTOS -> photosAllowed = Boolean.parseBoolean(given);
            case LEAVE_ALONE -> mayLeaveAlone = Boolean.parseBoolean(given);
            case PICKUPS -> replaceContacts(ContactKind.PICKUP, ContactLine.decode(given));
            case EMERGENCY_CONTACTS -> replaceContacts(ContactKind.EMERGENCY, ContactLine.decode(given));
        }
    }

    public void authorise(boolean photos, boolean leaveAlone) {
        this.photosAllowed = photos;
        this.mayLeaveAlone = leaveAlone;
    }

    public ChildContact addContact(ContactKind kind, String fullName, String phone, String relationship) {
        ChildContact contact = new ChildContact(this, kind, fullName, phone, relationship);
        contacts.add(contact);
        return contact;
    }

    public List<ChildContact> contactsOfKind(ContactKind kind) {
        return contacts.stream().filter(c -> c.getKind() == kind).toList();
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
    public String getAllergies() { return allergies; }
    public boolean isHasPai() { return hasPai; }
    public String getPaiDetails() { return paiDetails; }
    public String getDoctorName() { return doctorName; }
    public String getDoctorPhone() { return doctorPhone; }
    public boolean isPhotosAllowed() { return photosAllowed; }
    public boolean isMayLeaveAlone() { return mayLeaveAlone; }
    public List<ChildContact> getPickups() { return contactsOfKind(ContactKind.PICKUP); }
    public List<ChildContact> getEmergencyContacts() { return contactsOfKind(ContactKind.EMERGENCY); }
}
