package fr.portailfamilles.household.entity;

import fr.portailfamilles.platform.control.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** A "responsable légal" of a household; the billed one is the "tiers facturé". */
@Entity
public class Guardian {

    @Id
    @SequenceGenerator(name = "guardian_seq", sequenceName = "guardian_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Civility civility;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    private String email;

    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Column(name = "home_phone")
    private String homePhone;

    @Column(name = "work_phone")
    private String workPhone;

    /** Set only when the guardian does not live at the household's address. */
    @Column(name = "address_line")
    private String addressLine;

    private String postcode;

    private String town;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relationship relationship;

    /** Its names normalised for the staff's searches ({@link SearchText}), kept up to date by every change here. */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(nullable = false)
    private boolean billed;

    @Version
    private long version;

    protected Guardian() {
    }

    Guardian(Household household, Civility civility, String lastName, String firstName,
             Relationship relationship, boolean billed) {
        this.household = household;
        this.civility = civility;
        this.lastName = lastName;
        this.firstName = firstName;
        this.relationship = relationship;
        this.billed = billed;
        indexForSearch();
    }

    public void rename(Civility civility, String lastName, String firstName, Relationship relationship) {
        this.civility = civility;
        this.lastName = lastName;
        this.firstName = firstName;
        this.relationship = relationship;
        indexForSearch();
    }

    void billed(boolean billed) {
        this.billed = billed;
    }

    void anonymise(int rank) {
        lastName = "ANONYME";
        firstName = "Responsable " + rank;
        email = null;
        mobilePhone = null;
        homePhone = null;
        workPhone = null;
        livesAt(null, null, null);
        indexForSearch();
    }

    public long getVersion() { return version; }

    public void setContact(String email, String mobilePhone) {
        this.email = email;
        this.mobilePhone = mobilePhone;
        indexForSearch();
    }

    /** Its household's name too: the portal access search finds a guardian by the family's name. */
    private void indexForSearch() {
        searchText = SearchText.column(firstName + " " + lastName, lastName + " " + firstName, email, household.getName());
    }

    public void setOtherPhones(String homePhone, String workPhone) {
        this.homePhone = homePhone;
        this.workPhone = workPhone;
    }

    /** Applies a correction a parent asked for and staff accepted; blank means "not given". */
    public void correct(GuardianCorrection field, String value) {
        String given = FileValues.given(value);
        switch (field) {
            case MOBILE_PHONE -> mobilePhone = given;
            case HOME_PHONE -> homePhone = given;
            case WORK_PHONE -> workPhone = given;
            case EMAIL -> {
                email = given;
                indexForSearch();
            }
        }
    }

    public void livesAt(String addressLine, String postcode, String town) {
        this.addressLine = addressLine;
        this.postcode = postcode;
        this.town = town;
    }

    public boolean hasOwnAddress() {
        return addressLine != null && !addressLine.isBlank();
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Long getId() { return id; }
    public Household getHousehold() { return household; }
    public Civility getCivility() { return civility; }
    public String getLastName() { return lastName; }
    public String getFirstName() { return firstName; }
    public String getEmail() { return email; }
    public String getMobilePhone() { return mobilePhone; }
    public String getHomePhone() { return homePhone; }
    public String getWorkPhone() { return workPhone; }
    public String getAddressLine() { return addressLine; }
    public String getPostcode() { return postcode; }
    public String getTown() { return town; }
    public Relationship getRelationship() { return relationship; }
    public boolean isBilled() { return billed; }
}
