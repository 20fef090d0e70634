package fr.portailfamilles.payment.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice with money still due, as a payment is allocated to it. */
public record OpenInvoice(long invoiceId, String number, LocalDate issuedOn, BigDecimal total, BigDecimal due) implements Serializable {

    // Getters for the pages' expressions.
    public long getInvoiceId() { return invoiceId; }
    public String getNumber() { return number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getDue() { return due; }
}
