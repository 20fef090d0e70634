package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.HouseholdBalance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A household's invoices and credit notes with its balance, for the staff's household page. */
public final class HouseholdAccount implements Serializable {

    private final List<InvoiceRow> invoices;
    private final BigDecimal invoiced;
    private final BigDecimal received;
    private final BigDecimal due;

    HouseholdAccount(List<InvoiceRow> invoices, HouseholdBalance balance) {
        this.invoices = List.copyOf(invoices);
        this.invoiced = balance.invoiced();
        this.received = balance.received().orElse(null);
        this.due = balance.received().isPresent() ? balance.due() : null;
    }

    public List<InvoiceRow> getInvoices() { return invoices; }
    /** The invoices less the credit notes. */
    public BigDecimal getInvoiced() { return invoiced; }
    /** Null when no area records payments. */
    public BigDecimal getReceived() { return received; }
    /** Null when no area records payments. */
    public BigDecimal getDue() { return due; }
}
