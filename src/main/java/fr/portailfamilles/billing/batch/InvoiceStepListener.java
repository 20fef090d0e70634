package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceRunRecords;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps, on the execution's row, why a step failed, for IT to read on the screen. */
@Named
@Dependent
public class InvoiceStepListener implements StepListener {

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    InvoiceRunRecords records;

    @Override
    public void beforeStep() {
        records.heartbeat(((CurrentRun) jobContext.getTransientUserData()).runId());
    }

    @Override
    public void afterStep() {
        Exception failure = stepContext.getException();
        if (failure != null) {
            records.failedStep(((CurrentRun) jobContext.getTransientUserData()).runId(), stepContext.getStepName(), failure);
        }
    }
}
