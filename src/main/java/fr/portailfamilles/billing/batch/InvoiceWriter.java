package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceIssuing;
import fr.portailfamilles.billing.control.ChunkOutcome;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Issues the chunk's invoices, records its skipped households and moves the run's figures, with the checkpoint. */
@Named
@Dependent
public class InvoiceWriter extends AbstractItemWriter {

    @Inject
    StepContext stepContext;

    @Inject
    InvoiceIssuing issuing;

    @Override
    public void writeItems(List<Object> items) {
        RunPlan plan = (RunPlan) stepContext.getTransientUserData();
        issuing.write(plan.runId(), plan.executionId(), plan.month(), items.stream().map(ChunkOutcome.class::cast).toList());
    }
}
