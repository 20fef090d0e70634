package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.payment.control.OpenInvoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A household's payments for the staff's household page: each payment with its allocations (cancelled ones too), the
 * invoices still owing, the credit not yet used, and the balance: what the open invoices owe less the credit.
 */
public record PaymentStatement(List<PaymentRow> payments, List<OpenInvoice> open,
                               BigDecimal credit) implements Serializable {

    public BigDecimal due() {
        return open.stream().map(OpenInvoice::due).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Positive: the household owes it; negative: the centre owes it (credit beyond what is due). */
    public BigDecimal balance() {
        return due().subtract(credit);
    }

    public List<PaymentRow> getPayments() { return payments; }
    public List<OpenInvoice> getOpen() { return open; }
    public BigDecimal getCredit() { return credit; }
    public BigDecimal getDue() { return due(); }
    public BigDecimal getBalance() { return balance(); }
}
