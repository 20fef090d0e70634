package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Staff: every e-mail the portal sent or tried to send, and sending again one the mail server did not take. */
@Stateless
@RolesAllowed("STAFF")
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    public List<OutboxMessage> latest(int max) {
        return em.createNamedQuery(OutboxMessage.LATEST, OutboxMessage.class).setMaxResults(max).getResultList();
    }

    /** How many e-mails the mail server has not taken yet after trying (failed, retried later, or abandoned). */
    public long undeliveredCount() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status in :undelivered", Long.class)
                .setParameter("undelivered", List.of(OutboxMessage.Status.FAILED, OutboxMessage.Status.ABANDONED))
                .getSingleResult();
    }

    /**
     * Puts a failed or abandoned message back in the queue, due now: it is tried once this transaction commits.
     * Refused when it was sent or taken by a retry meanwhile, or when its full text was erased (a provisional
     * password or a reset link, abandoned): the family then needs a new one from where it came from.
     */
    public void resend(long messageId, String staff) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        if (message == null || !message.isResendable()) {
            throw new ActionRefused(message != null && message.getStatus() == OutboxMessage.Status.ABANDONED
                    ? "outbox.textErased" : "outbox.notResendable");
        }
        message.resend(clock.now());
        try {
            em.flush();
        } catch (OptimisticLockException takenMeanwhile) {
            throw new ActionRefused("outbox.notResendable");
        }
        auditLog.record(AuditAction.MAIL_RESENT, staff, message.getRecipient(), message.getSubject());
        queued.fire(new MailQueued(messageId));
    }
}
