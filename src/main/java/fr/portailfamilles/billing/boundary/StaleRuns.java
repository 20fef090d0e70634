package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.RunStatus;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.ServerNodes;
import fr.portailfamilles.platform.control.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Executions whose server died. JBeret leaves such an execution STARTED in its job repository, and would restart it
 * even while another node runs it; the run table knows better: an execution is dead when its node restarted since
 * its last heartbeat, when its node stopped beating among the servers sharing the database (killed, or stopped: a node
 * of a cluster died, and another one may restart its run), or when no heartbeat came for {@link #SILENCE} (longer than
 * a chunk's transaction may last, so a live execution always beats in time). A dead execution is marked FAILED here and in JBeret's repository: its
 * month is free and it can be restarted from its last checkpoint.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StaleRuns {

    /** Above the transaction timeout (5 minutes), the longest a chunk may go without a heartbeat. */
    public static final Duration SILENCE = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(StaleRuns.class.getName());
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ServerNodes nodes;

    /** At start-up: what this node was running before it (re)started died with it. */
    public int releaseDeadOnNode(String node, Instant startedAt) {
        return release(active().stream().filter(run -> run.ranOn(node) && run.getHeartbeatAt().isBefore(startedAt)).toList());
    }

    /** Executions of a dead node or silent for too long, and claims whose job never started. */
    public int releaseSilent() {
        Instant now = clock.now();
        return release(active().stream().filter(run -> run.isStale(now, SILENCE) || nodes.isDead(run.getNode())).toList());
    }

    /** The execution if it is silent: before a stop or a restart that IT asks for. */
    public boolean releaseIfSilent(long runId) {
        InvoiceRun run = em.find(InvoiceRun.class, runId);
        return run != null && (run.isStale(clock.now(), SILENCE) || nodes.isDead(run.getNode())) && release(List.of(run)) == 1;
    }

    private List<InvoiceRun> active() {
        return em.createNamedQuery(InvoiceRun.ACTIVE, InvoiceRun.class).getResultList();
    }

    private int release(List<InvoiceRun> dead) {
        Instant now = clock.now();
        for (InvoiceRun run : dead) {
            LOG.warning(() -> "Invoice run of " + run.getMonth() + ", execution " + run.getExecutionId() + " on " + run.getNode()
                    + ": no heartbeat since " + run.getHeartbeatAt() + ", marked FAILED so that it can be restarted");
            run.ended(RunStatus.FAILED, now, Texts.french("billing.run.crashed"));
            if (run.getExecutionId() != null) {
                markFailedInJobRepository(run.getExecutionId(), now);
            }
        }
        return dead.size();
    }

    /** JBeret's own tables (its JDBC repository on the portal's data source): the execution and its steps. */
    private void markFailedInJobRepository(long executionId, Instant now) {
        Timestamp at = Timestamp.from(now);
        em.createNativeQuery("update job_execution set batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = ?, lastupdatedtime = ?"
                        + " where jobexecutionid = ? and batchstatus in " + RUNNING)
                .setParameter(1, at).setParameter(2, at).setParameter(3, executionId).executeUpdate();
        em.createNativeQuery("update step_execution set batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = ?"
                        + " where jobexecutionid = ? and batchstatus in " + RUNNING)
                .setParameter(1, at).setParameter(2, executionId).executeUpdate();
    }
}
