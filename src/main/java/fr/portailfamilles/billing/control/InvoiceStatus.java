package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.InvoiceKind;

import java.math.BigDecimal;

/**
 * Where an invoice stands for the family: paid, partly paid or due once payments are known (until then an invoice to
 * pay is due), cancelled by a credit note, with nothing to pay (a month of regularisations in the family's favour),
 * or a credit note itself.
 */
public enum InvoiceStatus {
    DUE, PARTLY_PAID, PAID, NOTHING_DUE, CANCELLED, CREDIT_NOTE;

    /** @param received what was received on it, or null when no area records payments */
    public static InvoiceStatus of(InvoiceKind kind, BigDecimal total, boolean cancelled, BigDecimal received) {
        if (kind == InvoiceKind.CREDIT_NOTE) {
            return CREDIT_NOTE;
        }
        if (cancelled) {
            return CANCELLED;
        }
        if (total.signum() <= 0) {
            return NOTHING_DUE;
        }
        if (received == null || received.signum() <= 0) {
            return DUE;
        }
        return received.compareTo(total) >= 0 ? PAID : PARTLY_PAID;
    }
}
