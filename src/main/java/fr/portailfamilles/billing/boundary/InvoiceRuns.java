package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.RunMonth;
import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.SkippedHousehold;
import fr.portailfamilles.household.boundary.BillingContact;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * IT: the monthly invoice run (job {@value #JOB}) started, stopped and restarted from the Facturation screen, a
 * script over HTTP or the schedule, and watched from the run table, which every node reads alike.
 */
@Stateless
@RolesAllowed("IT")
public class InvoiceRuns {

    public static final String JOB = "monthly-invoicing";

    private static final Logger LOG = Logger.getLogger(InvoiceRuns.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceRunRecords records;

    @Inject
    StaleRuns staleRuns;

    @Inject
    Households households;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** Starts the run of a month typed on the screen or sent by a script: also refused more than a year back. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvoiceRun startTyped(String monthText, String actor) {
        RunMonth.typedProblem(monthText, clock.month()).ifPresent(key -> {
            throw new ActionRefused(key, monthText == null ? "" : monthText.strip());
        });
        return start(monthText, actor);
    }

    /**
     * Starts the run of a month ("2026-10"). Refused, in French: a month not so written, still under way or to come,
     * a month whose run is going on.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvoiceRun start(String monthText, String actor) {
        RunMonth.problem(monthText, clock.month()).ifPresent(key -> {
            throw new ActionRefused(key, monthText == null ? "" : monthText.strip());
        });
        YearMonth month = RunMonth.of(monthText);
        InvoiceRun claim = records.claim(month, actor).orElseThrow(() -> new ActionRefused("billing.run.alreadyRunning", month.toString()));
        try {
            BatchRuntime.getJobOperator().start(JOB, parameters(month, claim, actor));
        } catch (RuntimeException e) {
            records.abandonClaim(claim.getId(), e.getMessage());
            LOG.log(Level.WARNING, "The invoice run of " + month + " could not start", e);
            throw new ActionRefused("billing.run.notStarted", String.valueOf(e.getMessage()));
        }
        auditLog.record(AuditAction.INVOICE_RUN_STARTED, actor, month.toString(), null);
        return em.find(InvoiceRun.class, claim.getId());
    }

    /**
     * Restarts a stopped or failed execution, the last of its run, from its last checkpoint: the invoices already
     * issued stay, the next households are invoiced. An execution whose server died is first marked as such.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvoiceRun restart(long runId, String actor) {
        staleRuns.releaseIfSilent(runId);
        InvoiceRun run = find(runId).orElseThrow(() -> new ActionRefused("billing.run.unknown"));
        if (run.getStatus().isActive()) {
            throw new ActionRefused("billing.run.restart.running");
        }
        if (!run.getStatus().isRestartable()) {
            throw new ActionRefused("billing.run.restart.completed");
        }
        if (run.getExecutionId() == null) {
            throw new ActionRefused("billing.run.restart.neverStarted");
        }
        List<InvoiceRun> ofInstance = records.ofInstance(run.getInstanceId());
        if (ofInstance.get(ofInstance.size() - 1).getId().longValue() != runId) {
            throw new ActionRefused("billing.run.restart.notLatest");
        }
        YearMonth month = YearMonth.parse(run.getMonth());
        InvoiceRun claim = records.claim(month, actor).orElseThrow(() -> new ActionRefused("billing.run.alreadyRunning", run.getMonth()));
        try {
            BatchRuntime.getJobOperator().restart(run.getExecutionId(), parameters(month, claim, actor));
        } catch (RuntimeException e) {
            records.abandonClaim(claim.getId(), e.getMessage());
            LOG.log(Level.WARNING, "Execution " + run.getExecutionId() + " of the invoice run could not restart", e);
            throw new ActionRefused("billing.run.notStarted", String.valueOf(e.getMessage()));
        }
        auditLog.record(AuditAction.INVOICE_RUN_RESTARTED, actor, run.getMonth(), "execution " + run.getExecutionId());
        return em.find(InvoiceRun.class, claim.getId());
    }

    /**
     * Asks an execution to stop: whichever node runs it stops after the chunk under way, keeping its checkpoint.
     * An execution whose server died is marked failed at once.
     */
    public InvoiceRun stop(long runId, String actor) {
        if (!staleRuns.releaseIfSilent(runId)) {
            InvoiceRun run = find(runId).orElseThrow(() -> new ActionRefused("billing.run.unknown"));
            if (!run.getStatus().isActive()) {
                throw new ActionRefused("billing.run.notRunning");
            }
            run.requestStop();
        }
        auditLog.record(AuditAction.INVOICE_RUN_STOPPED, actor, String.valueOf(runId), null);
        return em.find(InvoiceRun.class, runId);
    }

    public List<InvoiceRun> latest(int max) {
        return em.createNamedQuery(InvoiceRun.LATEST, InvoiceRun.class).setMaxResults(max).getResultList();
    }

    public Optional<InvoiceRun> find(long runId) {
        return Optional.ofNullable(em.find(InvoiceRun.class, runId));
    }

    /** The executions of a run: the first and its restarts. */
    public List<InvoiceRun> executionsOf(InvoiceRun run) {
        return run.getInstanceId() == null ? List.of(run) : records.ofInstance(run.getInstanceId());
    }

    /** The households the executions of a run could not invoice, with their names as the family file has them now. */
    public List<SkippedRow> skipped(InvoiceRun run) {
        List<SkippedHousehold> skipped = em.createNamedQuery(SkippedHousehold.OF_RUNS, SkippedHousehold.class)
                .setParameter("runIds", executionsOf(run).stream().map(InvoiceRun::getId).toList())
                .getResultList();
        Map<Long, BillingContact> contacts = households.billingContacts(skipped.stream().map(SkippedHousehold::getHouseholdId).distinct().toList());
        return skipped.stream().map(skip -> new SkippedRow(skip.getRunId(), skip.getHouseholdId(),
                        Optional.ofNullable(contacts.get(skip.getHouseholdId())).map(BillingContact::householdName).orElse(""),
                        skip.getReason(), skip.getDetail()))
                .toList();
    }

    private static Properties parameters(YearMonth month, InvoiceRun claim, String actor) {
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("claim", claim.getId().toString());
        parameters.setProperty("startedBy", actor);
        return parameters;
    }
}
