package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceRunRecords;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** E-mails each household of a page of invoices that its invoice is in Mes factures (once, even if the run restarts). */
@Named
@Dependent
public class InvoiceNoticeWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    RunAsStaff staff;

    @Inject
    InvoiceRunRecords records;

    @Override
    public void writeItems(List<Object> items) {
        CurrentRun run = (CurrentRun) jobContext.getTransientUserData();
        for (Object item : items) {
            staff.tellInvoices(((InvoicePage) item).invoiceIds());
        }
        records.heartbeat(run.runId());
    }
}
