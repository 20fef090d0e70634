package fr.portailfamilles.billing.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Once the month's invoices are issued, its attendance is locked: a later correction goes through the ledger. */
@Named
@Dependent
public class AttendanceLock extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Inject
    RunAsStaff staff;

    @Override
    public String process() {
        staff.monthInvoiced(((CurrentRun) jobContext.getTransientUserData()).month());
        return BatchStatus.COMPLETED.name();
    }
}
