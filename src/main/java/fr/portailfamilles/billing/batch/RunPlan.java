package fr.portailfamilles.billing.batch;

import java.time.YearMonth;
import java.util.List;

/**
 * What the invoicing step of an execution works on, shared by its reader, processor and writer.
 *
 * @param months the month invoiced and the earlier months already invoiced, whose charges the ledger compares again
 * @param since  the first month the ledger looks at (twelve months before)
 */
record RunPlan(long runId, long executionId, YearMonth month, List<YearMonth> months, YearMonth since) {
}
