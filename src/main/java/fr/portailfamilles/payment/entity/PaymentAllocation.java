package fr.portailfamilles.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A part of a payment put on one invoice ("ventilation"). Counts only while its payment is not cancelled and it is not
 * released (its invoice cancelled by a credit note: the amount is the family's credit again). Never deleted: a
 * cancelled payment still says which invoices it had paid; a released part stays in the database, with when and by
 * whom, for the accounts, while the pages show it as the payment's credit.
 */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @SequenceGenerator(name = "payment_allocation_seq", sequenceName = "payment_allocation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_allocation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id")
    private Payment payment;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    @Column(name = "allocated_by", nullable = false)
    private String allocatedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    protected PaymentAllocation() {
    }

    PaymentAllocation(Payment payment, long invoiceId, BigDecimal amount, Instant allocatedAt, String allocatedBy) {
        this.payment = payment;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.allocatedAt = allocatedAt;
        this.allocatedBy = allocatedBy;
    }

    public Long getId() { return id; }
    public Payment getPayment() { return payment; }
    public long getInvoiceId() { return invoiceId; }
    public BigDecimal getAmount() { return amount; }
    public Instant getAllocatedAt() { return allocatedAt; }
    public String getAllocatedBy() { return allocatedBy; }

    public boolean isReleased() { return releasedAt != null; }

    void release(Instant at, String by) {
        this.releasedAt = at;
        this.releasedBy = by;
    }
}
