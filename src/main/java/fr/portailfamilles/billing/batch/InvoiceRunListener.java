package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceRunRecords;
import fr.portailfamilles.billing.control.RunMonth;
import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.RunStatus;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.NodeName;
import fr.portailfamilles.platform.control.Texts;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ties each execution of the job to its row of the run table: before it, the execution takes its month (refused, and
 * recorded as such, when the month is not one to invoice or another execution holds it); after it, its final state
 * frees the month.
 */
@Named
@Dependent
public class InvoiceRunListener implements JobListener {

    /** Who started an execution that does not say: the WildFly CLI, or a restart made there. */
    public static final String CLI = "cli";

    private static final Logger LOG = Logger.getLogger(InvoiceRunListener.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    InvoiceRunRecords records;

    @Inject
    Clock clock;

    @Override
    public void beforeJob() {
        String monthText = property("month");
        String startedBy = property("startedBy").isEmpty() ? CLI : property("startedBy");
        Optional<String> problem = RunMonth.problem(monthText, clock.month());
        if (problem.isPresent()) {
            refuse(monthText, startedBy, Texts.french(problem.get(), monthText));
        }
        YearMonth month = RunMonth.of(monthText);
        Long claim = property("claim").isEmpty() ? null : Long.valueOf(property("claim"));
        InvoiceRun run = records.begin(claim, month, startedBy, jobContext.getExecutionId(), jobContext.getInstanceId(), NodeName.ofThisServer())
                .orElseGet(() -> refuse(monthText, startedBy, Texts.french("billing.run.alreadyRunning", monthText)));
        jobContext.setTransientUserData(new CurrentRun(run.getId(), month));
        LOG.info(() -> "Invoice run of " + month + ": execution " + jobContext.getExecutionId() + " started by " + startedBy);
    }

    @Override
    public void afterJob() {
        // JBeret calls this before it sets the final state: STARTED here means the job went to its end.
        BatchStatus status = jobContext.getBatchStatus();
        RunStatus ended = switch (status) {
            case STARTED, COMPLETED -> RunStatus.COMPLETED;
            case STOPPING, STOPPED -> RunStatus.STOPPED;
            default -> RunStatus.FAILED;
        };
        records.ended(jobContext.getExecutionId(), ended, null);
        LOG.info(() -> "Invoice run, execution " + jobContext.getExecutionId() + ": " + ended);
    }

    private InvoiceRun refuse(String monthText, String startedBy, String reason) {
        records.refused(monthText, startedBy, jobContext.getExecutionId(), jobContext.getInstanceId(), reason);
        throw new IllegalStateException(reason);
    }

    private String property(String name) {
        String value = jobContext.getProperties().getProperty(name);
        return value == null ? "" : value.strip();
    }
}
