package fr.portailfamilles.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;

/** What an online payment pays on one invoice: its due when the payment was started. */
@Embeddable
public class OperationInvoice implements Serializable {

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected OperationInvoice() {
    }

    public OperationInvoice(long invoiceId, BigDecimal amount) {
        this.invoiceId = invoiceId;
        this.amount = amount;
    }

    public long getInvoiceId() { return invoiceId; }
    public BigDecimal getAmount() { return amount; }
}
