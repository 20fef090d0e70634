package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.RunStatus;
import fr.portailfamilles.platform.boundary.Clock;
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

import java.sql.Timestamp;
import java.time.YearMonth;

/**
 * The automatic run of a month is claimed by one node, once: every node tries an insert keyed by the month, the
 * database lets one of them succeed. The others, and the same node later, find the month taken.
 */
@Stateless
@PermitAll
public class ScheduledRunClaims {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Whether this call took the month's automatic run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(YearMonth month, String node) {
        try {
            return em.createNativeQuery("insert into invoice_run_schedule (billed_month, claimed_at, node)"
                            + " select cast(? as varchar(7)), cast(? as timestamp), cast(? as varchar(120))"
                            + " where not exists (select 1 from invoice_run_schedule where billed_month = ?)")
                    .setParameter(1, month.toString())
                    .setParameter(2, Timestamp.from(clock.now()))
                    .setParameter(3, node)
                    .setParameter(4, month.toString())
                    .executeUpdate() == 1;
        } catch (PersistenceException takenAtTheSameMoment) {
            context.setRollbackOnly();
            return false;
        }
    }

    /** Whether an execution for the month went to its end: the automatic run then has nothing to do. */
    public boolean completed(YearMonth month) {
        return em.createQuery("select count(r) from InvoiceRun r where r.month = :month and r.status = :completed", Long.class)
                .setParameter("month", month.toString())
                .setParameter("completed", RunStatus.COMPLETED)
                .getSingleResult() > 0;
    }
}
