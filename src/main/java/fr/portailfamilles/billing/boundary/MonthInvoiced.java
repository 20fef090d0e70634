package fr.portailfamilles.billing.boundary;

import java.time.YearMonth;

/**
 * Fired, with the staff role, when the invoice run of a month completed: the month's attendance is then locked
 * (corrections afterwards reach the next run through the ledger).
 */
public record MonthInvoiced(YearMonth month) {
}
