package fr.portailfamilles.billing.entity;

import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
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
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A line of an invoice or a credit note, as issued: never changed afterwards. The month it bills may be earlier
 * than its invoice's ("régularisation" of an attendance corrected after invoicing, of a credit note).
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    /** Ids by the thousand (V18): a monthly run writes a hundred thousand lines, one sequence call per id block. */
    @Id
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(nullable = false)
    private int position;

    @Column(name = "line_month", nullable = false, length = 7)
    private String month;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "child_name", nullable = false)
    private String childName;

    @Column(name = "line_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChargeKind kind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private String label;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "reduction_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal reductionPercent;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "source_key", nullable = false, length = 60)
    private String sourceKey;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int position, Charge charge) {
        this.invoice = invoice;
        this.position = position;
        this.month = charge.month().toString();
        this.childId = charge.childId();
        this.childName = charge.childName();
        this.date = charge.date();
        this.kind = charge.kind();
        this.itemId = charge.itemId();
        this.label = charge.label();
        this.unitPrice = charge.unitPrice();
        this.reductionPercent = charge.reductionPercent();
        this.amount = charge.amount();
        this.sourceKey = charge.sourceKey();
    }

    /** The same line with the opposite amount, for the credit note that cancels its invoice. */
    Charge reversed() {
        return new Charge(invoice.getHouseholdId(), childId, childName, date, kind, itemId, label, unitPrice,
                reductionPercent, amount.negate(), sourceKey);
    }

    /** One day of a unit or a service: -1 when the line credits it (a credit note, a regularisation in the family's favour). */
    public int getQuantity() {
        return amount.signum() < 0 ? -1 : 1;
    }

    /** A line of an earlier month than its invoice's: a regularisation of that month. */
    public boolean isRegularisation() {
        return !getMonth().equals(invoice.getMonth());
    }

    public Long getId() { return id; }
    public Invoice getInvoice() { return invoice; }
    public int getPosition() { return position; }
    public YearMonth getMonth() { return YearMonth.parse(month); }
    public long getChildId() { return childId; }
    public String getChildName() { return childName; }
    public LocalDate getDate() { return date; }
    public ChargeKind getKind() { return kind; }
    public long getItemId() { return itemId; }
    public String getLabel() { return label; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getReductionPercent() { return reductionPercent; }
    public BigDecimal getAmount() { return amount; }
    public String getSourceKey() { return sourceKey; }
}
