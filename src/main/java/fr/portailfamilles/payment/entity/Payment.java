package fr.portailfamilles.payment.entity;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Money a household paid: at the counter (cash, cheque, transfer, direct debit, CESU, card) or online through PayFiP.
 * Allocated to invoices; what is not allocated is the household's credit. A cancelled payment (a cheque returned)
 * stays, with who cancelled it, when and why; its allocations then no longer count.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.FOR_HOUSEHOLD,
        query = "select p from Payment p where p.householdId = :householdId order by p.receivedOn desc, p.id desc")
@NamedQuery(name = Payment.CHEQUES_OF_HOUSEHOLD,
        query = "select p from Payment p where p.householdId = :householdId and p.method = fr.portailfamilles.payment.entity.PaymentMethod.CHEQUE"
                + " and p.cancelledAt is null and p.chequeNumber = :number")
@NamedQuery(name = Payment.BY_SUBMISSION_KEY,
        query = "select p.id from Payment p where p.submissionKey = :key")
@NamedQuery(name = Payment.RECEIVED_ON_INVOICES,
        query = "select a.invoiceId, sum(a.amount) from PaymentAllocation a where a.invoiceId in :ids"
                + " and a.payment.cancelledAt is null and a.releasedAt is null group by a.invoiceId")
public class Payment {

    public static final String FOR_HOUSEHOLD = "Payment.forHousehold";
    /** The payment a form recorded, if it did. */
    public static final String BY_SUBMISSION_KEY = "Payment.bySubmissionKey";
    public static final String CHEQUES_OF_HOUSEHOLD = "Payment.chequesOfHousehold";
    /** What the payments in force put on each of these invoices. */
    public static final String RECEIVED_ON_INVOICES = "Payment.receivedOnInvoices";

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    /** The "tiers payeur": who paid, when it is not simply the household. */
    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "cheque_number", length = 30)
    private String chequeNumber;

    @Column(name = "cheque_bank", length = 100)
    private String chequeBank;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    /** The online payment (PayFiP) this records: at most one payment per operation, the database says so. */
    @Column(name = "payfip_operation_id", unique = true)
    private Long payfipOperationId;

    /** The form it was typed in, at most one payment per form: the database says so. Null when no form made it. */
    @Column(name = "submission_key", length = 36, unique = true)
    private String submissionKey;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaymentAllocation> allocations = new ArrayList<>();

    @Version
    private long version;

    protected Payment() {
    }

    public Payment(long householdId, PaymentDetails details, String recordedBy, Instant recordedAt) {
        this.householdId = householdId;
        this.method = details.method();
        this.amount = details.amount();
        this.receivedOn = details.receivedOn();
        this.payerName = details.payerName();
        this.chequeNumber = details.method() == PaymentMethod.CHEQUE ? details.chequeNumber() : null;
        this.chequeBank = details.method() == PaymentMethod.CHEQUE ? details.chequeBank() : null;
        this.note = details.note();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A payment typed in a form: {@code submissionKey} names that form, so that posting it again records nothing. */
    public Payment(long householdId, PaymentDetails details, String recordedBy, Instant recordedAt, String submissionKey) {
        this(householdId, details, recordedBy, recordedAt);
        this.submissionKey = submissionKey;
    }

    /** The payment an online operation paid, as PayFiP's own answer told it. */
    public static Payment online(PayfipOperation operation, LocalDate receivedOn, Instant recordedAt) {
        Payment payment = new Payment(operation.getHouseholdId(), new PaymentDetails(PaymentMethod.PAYFIP, operation.amount(),
                receivedOn, operation.getPayerName(), null, null, null), "PayFiP", recordedAt);
        payment.payfipOperationId = operation.getId();
        return payment;
    }

    /** Puts part of the payment on an invoice; the caller checked the invoice's due under its lock. */
    public void allocate(long invoiceId, BigDecimal part, Instant at, String by) {
        if (isCancelled()) {
            throw new IllegalStateException("A cancelled payment is not allocated");
        }
        if (part.signum() <= 0 || part.compareTo(unallocated()) > 0) {
            throw new IllegalArgumentException("Allocating " + part + " of a payment with " + unallocated() + " left");
        }
        allocations.add(new PaymentAllocation(this, invoiceId, part, at, by));
    }

    /**
     * Its invoice was cancelled by a credit note: what the payment put on it becomes credit again.
     *
     * @return the amount released, zero when it had put nothing on that invoice
     */
    public BigDecimal releaseFrom(long invoiceId, Instant at, String by) {
        BigDecimal released = BigDecimal.ZERO;
        for (PaymentAllocation allocation : getAllocations()) {
            if (allocation.getInvoiceId() == invoiceId) {
                allocation.release(at, by);
                released = released.add(allocation.getAmount());
            }
        }
        return released;
    }

    /** A cheque returned, a payment recorded by mistake: kept, but neither it nor its allocations count any more. */
    public void cancel(String by, Instant at, String reason) {
        if (isCancelled()) {
            throw new IllegalStateException("Payment " + id + " is cancelled already");
        }
        this.cancelledBy = by;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    /** What is left to allocate: the household's credit from this payment; nothing once cancelled. */
    public BigDecimal unallocated() {
        return isCancelled() ? BigDecimal.ZERO : leftAsCredit();
    }

    /** What the payment did not put on invoices, cancelled or not: its receipt and history show what it was. */
    public BigDecimal leftAsCredit() {
        return amount.subtract(getAllocations().stream().map(PaymentAllocation::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The payer's name and the note go (RGPD); the amounts, dates, cheque and allocations stay for the accounts. */
    public void anonymise() {
        payerName = null;
        note = null;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public PaymentMethod getMethod() { return method; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getPayerName() { return payerName; }
    public String getChequeNumber() { return chequeNumber; }
    public String getChequeBank() { return chequeBank; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getCancelReason() { return cancelReason; }
    /** What it put on invoices, those released (their invoice cancelled) left out. */
    public List<PaymentAllocation> getAllocations() { return allocations.stream().filter(allocation -> !allocation.isReleased()).toList(); }
    public Long getPayfipOperationId() { return payfipOperationId; }
    public String getSubmissionKey() { return submissionKey; }
    public long getVersion() { return version; }
}
