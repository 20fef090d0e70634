package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.PortailSettings;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

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
        sendAll(List.of(mail));
    }

    /** Many e-mails at once (a run's notices): written in one flush, each handed over after the commit. */
    public void sendAll(List<MailMessage> mails) {
        boolean inFull = showsBodiesInFull();
        boolean kept = keepsMail();
        List<OutboxMessage> messages = new ArrayList<>(mails.size());
        for (MailMessage mail : mails) {
            OutboxMessage message = new OutboxMessage(mail.recipient(), mail.subject(), inFull ? mail.body() : mail.maskedBody(),
                    mail.body(), clock.now());
            if (kept) {
                message.kept();
            }
            em.persist(message);
            messages.add(message);
        }
        em.flush();
        if (!kept) {
            messages.forEach(message -> queued.fire(new MailQueued(message.getId())));
        }
    }

    /**
     * Whether e-mails stay in the outbox, readable by staff, instead of going to a mail server: only in demo mode
     * when no mail relay is named, where every attempt would fail against a server that does not exist.
     */
    public boolean keepsMail() {
        return PortailSettings.fromSystem().keepsMail();
    }

    /**
     * Whether staff read the e-mails as sent, provisional passwords and personal links included: only in demo mode,
     * where no real mail server may exist and the demonstration needs them.
     */
    public boolean showsBodiesInFull() {
        return PortailSettings.fromSystem().isDemo();
    }
}
