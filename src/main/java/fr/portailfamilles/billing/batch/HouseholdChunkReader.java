package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceLedgers;
import fr.portailfamilles.billing.boundary.InvoiceRunRecords;
import fr.portailfamilles.billing.control.RunMonth;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the households to invoice in chunks: those with something to bill in the month, and those with something to
 * regularise (invoiced in the last twelve months, or with charges in a month already invoiced). The list is made once
 * per execution, in household order; the checkpoint is the last household of the last chunk committed, so a restart
 * goes on after it. Between two chunks, a stop IT asked for on any node stops this execution here.
 */
@Named
@Dependent
public class HouseholdChunkReader extends AbstractItemReader {

    /** How far back the ledger looks for months to correct. */
    static final int LEDGER_MONTHS = RunMonth.OLDEST;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    @BatchProperty
    String householdsPerChunk;

    @Inject
    RunAsStaff staff;

    @Inject
    InvoiceLedgers ledgers;

    @Inject
    InvoiceRunRecords records;

    private List<Long> households;
    private int position;
    private long runId;
    private boolean stopAsked;

    @Override
    public void open(Serializable checkpoint) {
        CurrentRun run = (CurrentRun) jobContext.getTransientUserData();
        runId = run.runId();
        YearMonth since = run.month().minusMonths(LEDGER_MONTHS);
        List<YearMonth> months = new ArrayList<>(ledgers.invoicedMonths(since, run.month()));
        months.add(run.month());
        Set<Long> ids = new TreeSet<>(ledgers.householdsInvoiced(since, run.month()));
        months.forEach(month -> ids.addAll(staff.householdsToBill(month)));
        households = List.copyOf(ids);
        position = checkpoint == null ? 0 : after((Long) checkpoint);
        stepContext.setTransientUserData(new RunPlan(runId, jobContext.getExecutionId(), run.month(), List.copyOf(months), since));
        records.planned(runId, households.size(), position);
    }

    @Override
    public Object readItem() {
        if (position >= households.size()) {
            return null;
        }
        if (!stopAsked && records.stopRequested(runId)) {
            // The chunk under way is the last: JBeret stops the step once it is committed, with its checkpoint.
            stopAsked = true;
            BatchRuntime.getJobOperator().stop(jobContext.getExecutionId());
        }
        int end = Math.min(households.size(), position + chunkSize());
        HouseholdChunk chunk = new HouseholdChunk(households.subList(position, end));
        position = end;
        return chunk;
    }

    @Override
    public Serializable checkpointInfo() {
        return position == 0 ? null : households.get(position - 1);
    }

    private int after(long lastDone) {
        int found = Collections.binarySearch(households, lastDone);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private int chunkSize() {
        return householdsPerChunk == null || householdsPerChunk.isBlank() ? 100 : Integer.parseInt(householdsPerChunk.strip());
    }
}
