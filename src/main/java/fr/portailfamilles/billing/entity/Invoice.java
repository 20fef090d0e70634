package fr.portailfamilles.billing.entity;

import fr.portailfamilles.platform.control.SearchText;
import fr.portailfamilles.billing.control.Charge;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A monthly invoice ("facture") of a household to its billed guardian, or the credit note ("avoir") that cancels
 * one. A legal document: numbered once in the year's continuous series, never renumbered nor deleted, its billed
 * name and address kept as they were when it was issued.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(name = Invoice.FIND_FOR_HOUSEHOLD,
        query = "select i from Invoice i where i.householdId = :householdId order by i.issuedOn desc, i.sequence desc")
@NamedQuery(name = Invoice.BILLED_BY_KEY,
        query = "select l.sourceKey, sum(l.amount) from InvoiceLine l where l.invoice.householdId = :householdId"
                + " and l.month >= :since group by l.sourceKey")
public class Invoice {

    public static final String FIND_FOR_HOUSEHOLD = "Invoice.findForHousehold";
    /** What the household's invoices and credit notes billed per source key since a month: the ledger of the runs. */
    public static final String BILLED_BY_KEY = "Invoice.billedByKey";

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    /** "2026-17": the year of issue, then the invoice's place in that year's series. */
    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "number_year", nullable = false)
    private int year;

    @Column(name = "number_sequence", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoiceKind kind;

    /** The month billed, "2026-10". */
    @Column(name = "billed_month", nullable = false, length = 7)
    private String month;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "billed_guardian_id", nullable = false)
    private long billedGuardianId;

    @Column(name = "billed_name", nullable = false)
    private String billedName;

    /** Its number and billed name normalised for the staff's search ({@link SearchText}). */
    @Column(name = "search_text", nullable = false, length = 300)
    private String searchText;

    /** The billed guardian's postal address as issued, its lines separated by new lines. */
    @Column(name = "billed_address", nullable = false, length = 400)
    private String billedAddress;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    /** For a credit note: the invoice it cancels. */
    @Column(name = "cancels_id")
    private Long cancelsId;

    /** The batch execution that issued it, when a run did. */
    @Column(name = "run_execution_id")
    private Long runExecutionId;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    private Invoice(InvoiceNumber number, InvoiceKind kind, YearMonth month, long householdId, BilledTo billedTo,
                    LocalDate issuedOn, Instant issuedAt, List<Charge> charges) {
        if (charges.isEmpty()) {
            throw new IllegalArgumentException("An invoice has at least one line");
        }
        this.number = number.text();
        this.year = number.year();
        this.sequence = number.sequence();
        this.kind = kind;
        this.month = month.toString();
        this.householdId = householdId;
        this.billedGuardianId = billedTo.guardianId();
        this.billedName = billedTo.name();
        this.billedAddress = billedTo.address();
        this.searchText = SearchText.column(this.number, this.billedName);
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        for (Charge charge : charges) {
            if (charge.householdId() != householdId) {
                throw new IllegalArgumentException("A charge of household " + charge.householdId() + " on an invoice of " + householdId);
            }
            lines.add(new InvoiceLine(this, lines.size() + 1, charge));
        }
        this.total = charges.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The month's invoice of a household, with its lines (regularisations of earlier months included). */
    public static Invoice issue(InvoiceNumber number, YearMonth month, long householdId, BilledTo billedTo,
                                LocalDate issuedOn, Instant issuedAt, List<Charge> charges, Long runExecutionId) {
        Invoice invoice = new Invoice(number, InvoiceKind.INVOICE, month, householdId, billedTo, issuedOn, issuedAt, charges);
        invoice.runExecutionId = runExecutionId;
        return invoice;
    }

    /** The credit note that cancels this invoice: every line reversed, to the same guardian as issued. */
    public Invoice cancelledBy(InvoiceNumber number, LocalDate issuedOn, Instant issuedAt) {
        if (kind != InvoiceKind.INVOICE) {
            throw new IllegalStateException("Only an invoice is cancelled by a credit note");
        }
        Invoice creditNote = new Invoice(number, InvoiceKind.CREDIT_NOTE, getMonth(), householdId,
                new BilledTo(billedGuardianId, billedName, billedAddress), issuedOn, issuedAt,
                lines.stream().map(InvoiceLine::reversed).toList());
        creditNote.cancelsId = id;
        return creditNote;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public int getYear() { return year; }
    public int getSequence() { return sequence; }
    public InvoiceKind getKind() { return kind; }
    public YearMonth getMonth() { return YearMonth.parse(month); }
    public long getHouseholdId() { return householdId; }
    public long getBilledGuardianId() { return billedGuardianId; }
    public String getBilledName() { return billedName; }
    public String getBilledAddress() { return billedAddress; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public Instant getIssuedAt() { return issuedAt; }
    public BigDecimal getTotal() { return total; }
    public Long getCancelsId() { return cancelsId; }
    public Long getRunExecutionId() { return runExecutionId; }
    public List<InvoiceLine> getLines() { return Collections.unmodifiableList(lines); }
    public long getVersion() { return version; }
}
