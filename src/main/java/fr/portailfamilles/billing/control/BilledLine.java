package fr.portailfamilles.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** What a line of an issued invoice or credit note billed, as the ledger reads it back. */
public record BilledLine(long householdId, String sourceKey, YearMonth month, long childId, String childName, LocalDate date,
                         ChargeKind kind, long itemId, String label, BigDecimal unitPrice, BigDecimal reductionPercent,
                         BigDecimal amount) {

    /** A line for the same thing with another amount: what cancels it, or corrects it, in a later invoice. */
    Charge withAmount(BigDecimal newAmount) {
        return new Charge(householdId, childId, childName, date, kind, itemId, label, unitPrice.setScale(Charge.CENTS),
                reductionPercent, newAmount.setScale(Charge.CENTS), sourceKey);
    }
}
