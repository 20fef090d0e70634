package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.billing.boundary.InvoiceRow;
import fr.portailfamilles.payment.entity.PayfipOperation;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A line of Payer en ligne: the invoice with the guide's columns and, while an online payment of it is under way,
 * that payment's reference and start (null otherwise).
 */
public record PayableRow(InvoiceRow invoice, String underWayRef, Instant underWaySince) implements Serializable {

    /** PayFiP's page of a payment can be taken up again this long (an idOp lives 15 minutes). */
    private static final Duration RESUMABLE = Duration.ofMinutes(15);
    /** By then an abandoned payment has been given up: first asked about, then "not known yet" until given up, and a few rounds. */
    private static final Duration FREED_BY = PayfipOperation.ASKED_AFTER.plus(PayfipOperation.GIVE_UP_AFTER).plus(Duration.ofMinutes(5));

    public static PayableRow free(InvoiceRow invoice) {
        return new PayableRow(invoice, null, null);
    }

    public InvoiceRow getInvoice() { return invoice; }
    public boolean isUnderWay() { return underWayRef != null; }
    public String getUnderWayRef() { return underWayRef; }
    public Instant getUnderWaySince() { return underWaySince; }

    /** When the invoice can be paid again at the latest, should the payment under way never end. */
    public Instant getFreedBy() {
        return underWaySince == null ? null : underWaySince.plus(FREED_BY);
    }

    public boolean resumableAt(Instant now) {
        return underWaySince != null && now.isBefore(underWaySince.plus(RESUMABLE));
    }
}
