package fr.portailfamilles.payment.control;

import fr.portailfamilles.billing.boundary.InvoiceCancelled;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.payment.entity.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An invoice cancelled by a credit note no longer asks anything: what the payments in force had put on it becomes the
 * family's credit, which staff put on the invoice the next run issues for the days still due (Utiliser le crédit).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CancelledInvoicePayments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    public void release(@Observes InvoiceCancelled cancelled) {
        Instant now = clock.now();
        em.createQuery("select p from Payment p where p.cancelledAt is null and exists (select a from PaymentAllocation a"
                        + " where a.payment = p and a.invoiceId = :invoiceId and a.releasedAt is null) order by p.id", Payment.class)
                .setParameter("invoiceId", cancelled.invoiceId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(payment -> {
                    BigDecimal released = payment.releaseFrom(cancelled.invoiceId(), now, cancelled.staff());
                    auditLog.record(AuditAction.PAYMENT_CREDIT_RELEASED, cancelled.staff(), "payment " + payment.getId(),
                            cancelled.number() + " " + released.toPlainString());
                });
    }
}
