package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Logger;

/** Hands committed outbox messages to the SMTP relay and records what became of them. */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Asynchronous
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        OutboxMessage message = em.find(OutboxMessage.class, queued.outboxId());
        if (message == null) {
            return;
        }
        try {
            MimeMessage mime = new MimeMessage(mailSession);
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(queued.mail().recipient()));
            mime.setSubject(queued.mail().subject(), StandardCharsets.UTF_8.name());
            mime.setText(queued.mail().body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(clock.now()));
            Transport.send(mime);
            message.sent(clock.now());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "E-mail " + message.getId() + " to the outbox could not be sent: " + e.getMessage());
            message.failed(e.getMessage());
        }
    }
}
