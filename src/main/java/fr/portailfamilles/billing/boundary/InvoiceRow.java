package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.InvoiceStatus;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An invoice or a credit note as the lists show it: the guide's columns (number, date, billed guardian, amount, and
 * once payments are recorded what was received and what is still due), its status, and the document it cancels or
 * that cancelled it.
 */
public final class InvoiceRow implements Serializable {

    private final long id;
    private final String number;
    private final InvoiceKind kind;
    private final YearMonth month;
    private final LocalDate issuedOn;
    private final long householdId;
    private final String householdName;
    private final String billedName;
    private final BigDecimal total;
    private final Long counterpartId;
    private final String counterpartNumber;
    private final BigDecimal received;
    private final InvoiceStatus status;

    /**
     * @param counterpart the credit note that cancelled an invoice, or the invoice a credit note cancels; null if none
     * @param received    what was received on it; null when no area records payments, and for a credit note
     */
    InvoiceRow(Invoice invoice, String householdName, Invoice counterpart, BigDecimal received) {
        this.id = invoice.getId();
        this.number = invoice.getNumber();
        this.kind = invoice.getKind();
        this.month = invoice.getMonth();
        this.issuedOn = invoice.getIssuedOn();
        this.householdId = invoice.getHouseholdId();
        this.householdName = householdName;
        this.billedName = invoice.getBilledName();
        this.total = invoice.getTotal();
        this.counterpartId = counterpart == null ? null : counterpart.getId();
        this.counterpartNumber = counterpart == null ? null : counterpart.getNumber();
        this.received = invoice.getKind() == InvoiceKind.CREDIT_NOTE ? null : received;
        this.status = InvoiceStatus.of(kind, total, kind == InvoiceKind.INVOICE && counterpart != null, this.received);
    }

    /** What the family still has to pay on it, when payments are known: nothing on a credit note or a cancelled invoice. */
    public BigDecimal getDue() {
        if (received == null) {
            return null;
        }
        return status == InvoiceStatus.CANCELLED ? BigDecimal.ZERO : total.subtract(received).max(BigDecimal.ZERO);
    }

    public boolean isCreditNote() {
        return kind == InvoiceKind.CREDIT_NOTE;
    }

    public long getId() { return id; }
    public String getNumber() { return number; }
    public InvoiceKind getKind() { return kind; }
    public YearMonth getMonth() { return month; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public long getHouseholdId() { return householdId; }
    public String getHouseholdName() { return householdName; }
    public String getBilledName() { return billedName; }
    public BigDecimal getTotal() { return total; }
    public Long getCounterpartId() { return counterpartId; }
    public String getCounterpartNumber() { return counterpartNumber; }
    public BigDecimal getReceived() { return received; }
    public InvoiceStatus getStatus() { return status; }
}
