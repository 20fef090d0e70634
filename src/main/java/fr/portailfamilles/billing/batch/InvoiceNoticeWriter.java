package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceNotices;
import fr.portailfamilles.billing.boundary.InvoiceRunRecords;
import fr.portailfamilles.platform.web.PortalUrl;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * E-mails each household of a page of invoices that its invoice is in Mes factures. The link goes to the configured
 * public address (PORTAIL_PUBLIC_URL), or else to the address the run was started from on the screen or over HTTP.
 */
@Named
@Dependent
public class InvoiceNoticeWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    InvoiceNotices notices;

    @Inject
    RunAsStaff staff;

    @Inject
    InvoiceRunRecords records;

    @Override
    public void writeItems(List<Object> items) {
        CurrentRun run = (CurrentRun) jobContext.getTransientUserData();
        Optional<String> portalUrl = PortalUrl.configured().or(() -> Optional.of(run.portalUrl()).filter(url -> !url.isBlank()));
        for (Object item : items) {
            notices.tell(((InvoicePage) item).invoiceIds(), staff::billingContacts, portalUrl);
        }
        records.heartbeat(run.runId());
    }
}
