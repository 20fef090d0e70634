package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.RunStatus;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.Texts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The run table as the job and the IT boundary change it, each change in a short transaction of its own so that
 * every node sees it at once. Not reachable from pages: the IT boundary and the job's artifacts call it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InvoiceRunRecords {

    private static final Logger LOG = Logger.getLogger(InvoiceRunRecords.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /**
     * Takes the month for a run about to start; none when an execution for it may still be running. The unique
     * active month decides when two nodes claim at once: the second insert fails and says so.
     */
    public Optional<InvoiceRun> claim(YearMonth month, String startedBy) {
        if (em.createNamedQuery(InvoiceRun.COUNT_ACTIVE_FOR_MONTH, Long.class).setParameter("month", month.toString())
                .getSingleResult() > 0) {
            return Optional.empty();
        }
        InvoiceRun run = new InvoiceRun(month, startedBy, clock.now());
        try {
            em.persist(run);
            em.flush();
            return Optional.of(run);
        } catch (PersistenceException taken) {
            context.setRollbackOnly();
            LOG.info(() -> "The run of " + month + " was claimed at the same moment elsewhere");
            return Optional.empty();
        }
    }

    /**
     * The execution the job started takes its claim (made by the screen, HTTP or the schedule), or claims its month
     * now (a start from the CLI, a restart); none when another execution holds the month.
     */
    public Optional<InvoiceRun> begin(Long claimId, YearMonth month, String startedBy, long executionId, long instanceId,
                                      String node) {
        InvoiceRun claimed = claimId == null ? null : em.find(InvoiceRun.class, claimId);
        if (claimed != null && claimed.getExecutionId() == null && claimed.getStatus().isActive()) {
            claimed.started(executionId, instanceId, node, clock.now());
            return Optional.of(claimed);
        }
        Optional<InvoiceRun> run = claim(month, startedBy);
        run.ifPresent(r -> r.started(executionId, instanceId, node, clock.now()));
        return run;
    }

    /** An execution that could not begin: kept with its reason, so that IT sees why it failed at once. */
    public void refused(String month, String startedBy, long executionId, long instanceId, String reason) {
        em.persist(InvoiceRun.refused(month, startedBy, executionId, instanceId, clock.now(), reason));
    }

    public void abandonClaim(long runId, String reason) {
        InvoiceRun run = em.find(InvoiceRun.class, runId);
        if (run != null && run.getStatus().isActive()) {
            run.ended(RunStatus.FAILED, clock.now(), reason);
        }
    }

    /** The end of an execution, as the job saw it; the month is free again. */
    public void ended(long executionId, RunStatus status, String note) {
        byExecution(executionId).ifPresent(run -> run.ended(status, clock.now(), note));
    }

    public void heartbeat(long runId) {
        InvoiceRun run = em.find(InvoiceRun.class, runId);
        if (run != null) {
            run.alive(clock.now());
        }
    }

    /** Why a step of the execution failed, kept for IT. */
    public void failedStep(long runId, String step, Exception failure) {
        InvoiceRun run = em.find(InvoiceRun.class, runId);
        if (run != null) {
            run.noted(Texts.french("billing.run.stepFailed", step, String.valueOf(failure.getMessage())));
        }
    }

    /** The households the step goes through; in the step's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void planned(long runId, int total, int before) {
        em.find(InvoiceRun.class, runId).planned(total, before, clock.now());
    }

    /** Whether IT asked this execution to stop; in the chunk's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean stopRequested(long runId) {
        return Boolean.TRUE.equals(em.createQuery("select r.stopRequested from InvoiceRun r where r.id = :id", Boolean.class)
                .setParameter("id", runId).getSingleResult());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<InvoiceRun> byExecution(long executionId) {
        return em.createNamedQuery(InvoiceRun.BY_EXECUTION, InvoiceRun.class).setParameter("executionId", executionId)
                .getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InvoiceRun> ofInstance(long instanceId) {
        return em.createNamedQuery(InvoiceRun.OF_INSTANCE, InvoiceRun.class).setParameter("instanceId", instanceId).getResultList();
    }
}
