package fr.portailfamilles.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The e-mail "Votre facture est disponible" went out for this invoice: a rerun or a restart of the run tells nobody twice. */
@Entity
@Table(name = "invoice_notice")
public class InvoiceNotice {

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected InvoiceNotice() {
    }

    public InvoiceNotice(long invoiceId, Instant sentAt) {
        this.invoiceId = invoiceId;
        this.sentAt = sentAt;
    }

    public Long getInvoiceId() { return invoiceId; }
    public Instant getSentAt() { return sentAt; }
}
