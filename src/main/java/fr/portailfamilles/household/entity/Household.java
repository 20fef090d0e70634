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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The "compte famille": one home, its guardians, the children it looks after, its family quotient. */
@Entity
@NamedQuery(name = Household.COUNT, query = "select count(h) from Household h")
@NamedQuery(name = Household.IDS_OF_CHILD, query = "select h.id from Household h join h.children c where c.id = :childId order by h.id")
public class Household {

    public static final String COUNT = "Household.count";
    /** The households whose file holds a child: two for separated parents. */
    public static final String IDS_OF_CHILD = "Household.idsOfChild";

    @Id
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "address_line", nullable = false)
    private String addressLine;

    @Column(nullable = false)
    private String postcode;

    @Column(nullable = false)
    private String town;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "family_situation", nullable = false)
    private FamilySituation familySituation;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefits_body", nullable = false)
    private BenefitsBody benefitsBody;

    @Column(name = "allocataire_number")
    private String allocataireNumber;

    /** Its names normalised for the staff's searches ({@link SearchText}), kept up to date by every change here. */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "household", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Guardian> guardians = new ArrayList<>();

    @ManyToMany(cascade = CascadeType.PERSIST)
    @JoinTable(name = "household_child",
            joinColumns = @JoinColumn(name = "household_id"),
            inverseJoinColumns = @JoinColumn(name = "child_id"))
    @OrderBy("birthDate")
    private List<Child> children = new ArrayList<>();

    @OneToMany(mappedBy = "household", cascade = CascadeType.PERSIST)
    @OrderBy("validFrom desc")
    private List<FamilyQuotient> quotients = new ArrayList<>();

    /** Set once the file no longer names anyone (RGPD); such a household takes no new activity. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Household() {
    }

    public Household(String name, String addressLine, String postcode, String town,
                     FamilySituation familySituation, BenefitsBody benefitsBody, String allocataireNumber, Instant createdAt) {
        this.name = name;
        this.addressLine = addressLine;
        this.postcode = postcode;
        this.town = town;
        this.familySituation = familySituation;
        this.benefitsBody = benefitsBody;
        this.allocataireNumber = allocataireNumber;
        this.createdAt = createdAt;
        indexForSearch();
    }

    public Guardian addGuardian(Civility civility, String lastName, String firstName, Relationship relationship) {
        Guardian guardian = new Guardian(this, civility, lastName, firstName, relationship, guardians.isEmpty());
        guardians.add(guardian);
        return guardian;
    }

    public void addChild(Child child) {
        if (!children.contains(child)) {
            children.add(child);
        }
    }

    /**
     * A new family quotient from a day on. The value in force until then ends the day before; a value
     * recorded for the same or a later start is refused, since history is corrected by adding, not rewriting.
     */
    public FamilyQuotient recordQuotient(int amount, LocalDate validFrom, BenefitsBody source) {
        if (latestQuotientStart().filter(latest -> !latest.isBefore(validFrom)).isPresent()) {
            throw new IllegalArgumentException("A family quotient already starts on or after " + validFrom);
        }
        quotients.forEach(q -> q.endBefore(validFrom));
        FamilyQuotient quotient = new FamilyQuotient(this, amount, validFrom, source);
        quotients.add(0, quotient);
        return quotient;
    }

    /** The day the latest recorded quotient starts: a new one must start after it. */
    public Optional<LocalDate> latestQuotientStart() {
        return quotients.stream().map(FamilyQuotient::getValidFrom).max(Comparator.naturalOrder());
    }

    /** The quotient in force on a day: the latest one starting on or before it and not yet ended. */
    public Optional<FamilyQuotient> quotientOn(LocalDate day) {
        return quotients.stream().filter(q -> q.appliesOn(day)).max(Comparator.comparing(FamilyQuotient::getValidFrom));
    }

    /** The next quotient recorded to start after a day, if any. */
    public Optional<FamilyQuotient> quotientAfter(LocalDate day) {
        return quotients.stream().filter(q -> q.getValidFrom().isAfter(day)).min(Comparator.comparing(FamilyQuotient::getValidFrom));
    }

    /** Invoices go to one guardian: choosing another one ends the previous choice. */
    public void billTo(Guardian guardian) {
        if (!guardians.contains(guardian)) {
            throw new IllegalArgumentException("Not a guardian of this household");
        }
        guardians.forEach(g -> g.billed(g == guardian));
    }

    /** A household keeps at least one guardian, and the billed one until another is chosen. */
    public void removeGuardian(Guardian guardian) {
        if (guardian.isBilled() || guardians.size() == 1) {
            throw new IllegalStateException("The billed or only guardian stays");
        }
        guardians.remove(guardian);
    }

    public void removeChild(Child child) {
        children.remove(child);
    }

    public Optional<Guardian> billedGuardian() {
        return guardians.stream().filter(Guardian::isBilled).findFirst();
    }

    /** Applies one accepted correction; blank means "not given". */
    public void correct(HouseholdField field, String value) {
        String given = FileValues.given(value);
        switch (field) {
            case ADDRESS_LINE -> addressLine = given;
            case POSTCODE -> postcode = given;
            case TOWN -> town = given;
            case PHONE -> phone = given;
            case FAMILY_SITUATION -> familySituation = FamilySituation.valueOf(given);
            case ALLOCATAIRE_NUMBER -> allocataireNumber = given;
            case EMAIL -> email = given;
            case BENEFITS_BODY -> benefitsBody = BenefitsBody.valueOf(given);
        }
        indexForSearch();
    }

    /**
     * RGPD: the household stops naming anyone. Town and postcode stay (statistics of the centre), as do the
     * family quotients that priced its invoices; the rest of what identifies a person goes.
     */
    public void anonymise(Instant when) {
        name = "Famille anonymisée n° " + id;
        addressLine = "—";
        phone = null;
        email = null;
        allocataireNumber = null;
        anonymisedAt = when;
        indexForSearch();
        int rank = 1;
        for (Guardian guardian : guardians) {
            guardian.anonymise(rank++);
        }
        quotients.forEach(q -> q.provedBy(null));
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public void setContact(String phone, String email) {
        this.phone = phone;
        this.email = email;
        indexForSearch();
    }

    private void indexForSearch() {
        searchText = SearchText.column(name, email, town);
    }

    public long getVersion() { return version; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public String getAddressLine() { return addressLine; }
    public String getPostcode() { return postcode; }
    public String getTown() { return town; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public FamilySituation getFamilySituation() { return familySituation; }
    public BenefitsBody getBenefitsBody() { return benefitsBody; }
    public String getAllocataireNumber() { return allocataireNumber; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Guardian> getGuardians() { return Collections.unmodifiableList(guardians); }
    public List<Child> getChildren() { return Collections.unmodifiableList(children); }
    /** Newest start first, whatever order the list was loaded or cached in. */
    public List<FamilyQuotient> getQuotients() {
        return quotients.stream().sorted(Comparator.comparing(FamilyQuotient::getValidFrom).reversed()).toList();
    }
}
