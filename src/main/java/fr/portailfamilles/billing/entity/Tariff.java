package fr.portailfamilles.billing.entity;

import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.QuotientBracket;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.billing.control.TariffValidation;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The price of an activity's unit (Matin, Journée…) or service (REPAS…) over a span of days, by family-quotient
 * bracket, with an optional price for households outside the member towns and an optional sibling reduction. The
 * unit or service is named by its id in the activity area. A tariff is saved only when it keeps
 * {@link TariffValidation}'s rules.
 */
@Entity
@Table(name = "tariff")
@NamedQuery(name = Tariff.OF_ACTIVITY_FROM, query = "select t from Tariff t where t.activityId = :activityId"
        + " and (t.validTo is null or t.validTo >= :from) order by t.validFrom, t.id")
@NamedQuery(name = Tariff.OF_ITEM, query = "select t from Tariff t where t.kind = :kind and t.itemId = :itemId order by t.validFrom")
@NamedQuery(name = Tariff.VALID_BETWEEN, query = "select t from Tariff t where t.validFrom <= :last"
        + " and (t.validTo is null or t.validTo >= :first)")
public class Tariff {

    /** An activity's tariffs in force on a day or starting after it. */
    public static final String OF_ACTIVITY_FROM = "Tariff.ofActivityFrom";
    /** Every tariff of a unit or a service. */
    public static final String OF_ITEM = "Tariff.ofItem";
    /** The tariffs valid on at least one day between two days. */
    public static final String VALID_BETWEEN = "Tariff.validBetween";

    @Id
    @SequenceGenerator(name = "tariff_seq", sequenceName = "tariff_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_seq")
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 10)
    private ChargeKind kind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "outside_price", precision = 10, scale = 2)
    private BigDecimal outsidePrice;

    @Column(name = "sibling_reduction", precision = 5, scale = 2)
    private BigDecimal siblingReductionPercent;

    @OneToMany(mappedBy = "tariff", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("qfMin")
    private List<TariffBracket> brackets = new ArrayList<>();

    @Version
    private long version;

    protected Tariff() {
    }

    public Tariff(long activityId, TariffTerms terms) {
        this.activityId = activityId;
        this.kind = terms.kind();
        this.itemId = terms.itemId();
        change(terms);
    }

    /** New dates, brackets, outside price or reduction; the unit or service stays the same. */
    public void change(TariffTerms terms) {
        if (terms.kind() != kind || terms.itemId() != itemId) {
            throw new IllegalArgumentException("A tariff stays the tariff of its unit or service");
        }
        if (!TariffValidation.problems(terms, List.of()).isEmpty()) {
            throw new IllegalArgumentException("A tariff keeps its rules: " + TariffValidation.problems(terms, List.of()));
        }
        validFrom = terms.validFrom();
        validTo = terms.validTo();
        outsidePrice = cents(terms.outsidePrice());
        siblingReductionPercent = cents(terms.siblingReductionPercent());
        brackets.clear();
        terms.brackets().forEach(bracket -> brackets.add(new TariffBracket(this, bracket)));
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public TariffTerms terms() {
        List<QuotientBracket> ordered = brackets.stream().map(TariffBracket::bracket).toList();
        return new TariffTerms(kind, itemId, validFrom, validTo, ordered, outsidePrice, siblingReductionPercent);
    }

    /** Whether the tariff's first day is still to come: it has priced nothing yet. */
    public boolean startsAfter(LocalDate day) {
        return validFrom.isAfter(day);
    }

    public Long getId() { return id; }
    public long getActivityId() { return activityId; }
    public ChargeKind getKind() { return kind; }
    public long getItemId() { return itemId; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public BigDecimal getOutsidePrice() { return outsidePrice; }
    public BigDecimal getSiblingReductionPercent() { return siblingReductionPercent; }
    public long getVersion() { return version; }
}
