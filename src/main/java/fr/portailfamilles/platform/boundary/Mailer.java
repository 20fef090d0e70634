package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.PortailSettings;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sends e-mail through the outbox: the message is recorded in the caller's transaction and handed to the
 * mail server only once that transaction has committed, so a rolled-back action sends nothing; if the mail server
 * does not take it then, the outbox keeps it and {@link MailDelivery} tries again later.
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
        String shown = PortailSettings.fromSystem().isDemo() ? mail.body() : mail.maskedBody();
        OutboxMessage message = new OutboxMessage(mail.recipient(), mail.subject(), shown, mail.body(), clock.now());
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.getId()));
    }
}
