package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.MailRetrySchedule;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox seen by delivery, one short transaction per step so that no lock is held while the mail server
 * answers: which messages are due, the claim of one by one node, and what became of the attempt.
 */
@Stateless
@PermitAll
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMessage.DUE, Long.class)
                .setParameter("waiting", OutboxMessage.WAITING)
                .setParameter("now", clock.now())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Claims a due message for this node for {@code duration}, or says that it is not due (any more): another node
     * claimed or sent it first. A conditional update rather than a row lock, the same on H2 and PostgreSQL; should
     * this node die before recording the outcome, the claim lapses and the message is due again.
     */
    public Optional<OutboxClaim> claim(long messageId, Duration duration) {
        Instant now = clock.now();
        int claimed = em.createNamedQuery(OutboxMessage.CLAIM)
                .setParameter("sending", OutboxMessage.Status.SENDING)
                .setParameter("claimEnds", now.plus(duration))
                .setParameter("now", now)
                .setParameter("id", messageId)
                .setParameter("waiting", OutboxMessage.WAITING)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        MailMessage mail = new MailMessage(message.getRecipient(), message.getSubject(), message.textToDeliver(), List.of());
        return Optional.of(new OutboxClaim(messageId, message.getAttempts(), mail));
    }

    public void sent(OutboxClaim claim) {
        ownMessage(claim).ifPresent(message -> message.sent(clock.now()));
    }

    /** Due again after the schedule's delay, or abandoned after the last attempt. */
    public void failed(OutboxClaim claim, String reason) {
        Instant now = clock.now();
        ownMessage(claim).ifPresent(message -> MailRetrySchedule.nextAttempt(message.getAttempts(), now)
                .ifPresentOrElse(retryAt -> message.failed(reason, retryAt), () -> message.abandoned(reason)));
    }

    private Optional<OutboxMessage> ownMessage(OutboxClaim claim) {
        OutboxMessage message = em.find(OutboxMessage.class, claim.messageId());
        if (message == null || !message.isClaimedBy(claim.attempt())) {
            LOG.warning(() -> "E-mail " + claim.messageId() + ": attempt " + claim.attempt()
                    + " ended after its claim lapsed; the attempt that took it over decides");
            return Optional.empty();
        }
        return Optional.of(message);
    }
}
