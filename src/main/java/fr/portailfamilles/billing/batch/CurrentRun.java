package fr.portailfamilles.billing.batch;

import java.time.YearMonth;

/** The execution's row of the run table and its month, kept in the job context by the job listener. */
record CurrentRun(long runId, YearMonth month) {
}
