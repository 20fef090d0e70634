package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceLedgers;
import fr.portailfamilles.billing.boundary.InvoiceRunRecords;
import fr.portailfamilles.billing.entity.InvoiceRun;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Reads, a page at a time, the invoices that the executions of this run (the first one and its restarts) issued.
 * The checkpoint is the last invoice whose household was told.
 */
@Named
@Dependent
public class IssuedInvoiceReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    JobContext jobContext;

    @Inject
    InvoiceRunRecords records;

    @Inject
    InvoiceLedgers ledgers;

    private List<Long> executionIds;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        executionIds = records.ofInstance(jobContext.getInstanceId()).stream()
                .map(InvoiceRun::getExecutionId).filter(id -> id != null).toList();
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        List<Long> page = ledgers.issuedBy(executionIds, lastId, PAGE);
        if (page.isEmpty()) {
            return null;
        }
        lastId = page.get(page.size() - 1);
        return new InvoicePage(page);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
