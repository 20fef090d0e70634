package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.PortailSettings;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Sends e-mail through the outbox: the message is recorded in the caller's transaction and handed to the
 * mail server only once that transaction has committed, so a rolled-back action sends nothing.
 */
@Stateless
@PermitAll
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    public void send(MailMessage mail) {
        String stored = PortailSettings.fromSystem().isDemo() ? mail.body() : mail.maskedBody();
        OutboxMessage message = new OutboxMessage(mail.recipient(), mail.subject(), stored, clock.now());
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.getId(), mail));
    }

    @RolesAllowed("STAFF")
    public List<OutboxMessage> latest(int max) {
        return em.createQuery("select m from OutboxMessage m order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }
}
