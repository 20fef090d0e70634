package fr.portailfamilles.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The PDF of an invoice or a credit note as it was first drawn: served as stored, so that the family, the staff and
 * the accountant always open the same document. Drawn again only when staff ask for it (the centre's address
 * changed), or without the names once the accounting retention is over.
 */
@Entity
@Table(name = "invoice_file")
public class InvoiceFile {

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected InvoiceFile() {
    }

    public InvoiceFile(long invoiceId, byte[] content, Instant generatedAt) {
        this.invoiceId = invoiceId;
        this.content = content.clone();
        this.generatedAt = generatedAt;
    }

    public void replace(byte[] newContent, Instant at) {
        this.content = newContent.clone();
        this.generatedAt = at;
    }

    public Long getInvoiceId() { return invoiceId; }
    public byte[] getContent() { return content.clone(); }
    public Instant getGeneratedAt() { return generatedAt; }
}
