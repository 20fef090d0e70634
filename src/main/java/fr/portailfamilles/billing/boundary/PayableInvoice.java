package fr.portailfamilles.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as the payments area sees it: whose, its number, date, billed guardian and total, and whether a credit note cancelled it. */
public record PayableInvoice(long id, long householdId, String number, LocalDate issuedOn, String billedName, BigDecimal total,
                             boolean cancelled) implements Serializable {

    /** An invoice in force with something to pay: not a credit note (never listed here), not cancelled, a total above zero. */
    public boolean payable() {
        return !cancelled && total.signum() > 0;
    }
}
