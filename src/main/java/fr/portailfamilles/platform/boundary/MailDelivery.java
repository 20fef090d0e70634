package fr.portailfamilles.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Hands outbox messages to the SMTP relay: each one right after the transaction that queued it commits, and every
 * minute those whose next attempt is due (a failure, or a node that died before sending). Every server runs the
 * minute's task; a message is claimed before it is sent, so one node sends it, once. A node that dies between the
 * hand-over and recording it lets its claim lapse: the message may then go out twice, never not at all.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    /** Longer than the longest hand-over the timeouts below allow, so that a live node's claim does not lapse. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    private static final String CONNECT_TIMEOUT_MILLIS = "15000";
    private static final String IO_TIMEOUT_MILLIS = "30000";
    private static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Inject
    MailQueue queue;

    @Inject
    Clock clock;

    private Session timedSession;

    /** The server's session without timeouts would let a silent relay hold a claim, and this node's task, for ever. */
    @PostConstruct
    void withTimeouts() {
        Properties properties = new Properties();
        properties.putAll(mailSession.getProperties());
        properties.setProperty("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", IO_TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", IO_TIMEOUT_MILLIS);
        timedSession = Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return mailSession.requestPasswordAuthentication(getRequestingSite(), getRequestingPort(),
                        getRequestingProtocol(), getRequestingPrompt(), getDefaultUserName());
            }
        });
    }

    @Asynchronous
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        deliver(queued.outboxId());
    }

    /** Every minute, the first delay of the retry schedule; not persistent: each server has its own, claims keep them apart. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    void retryDue() {
        deliverDue();
    }

    /**
     * Tries every message whose attempt is due, a batch at a time; each one tried leaves the due ones (sent, due
     * later, or claimed by another node), so this ends. Says how many this call handed over.
     */
    public int deliverDue() {
        int sent = 0;
        List<Long> batch;
        do {
            batch = queue.due(BATCH);
            for (long messageId : batch) {
                if (deliver(messageId)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /** Sends the message if this call claims it; false when another worker had it, or the relay refused it. */
    public boolean deliver(long messageId) {
        Optional<OutboxClaim> claim = queue.claim(messageId, CLAIM);
        if (claim.isEmpty()) {
            return false;
        }
        Optional<String> failure = handOver(claim.get().mail());
        try {
            if (failure.isEmpty()) {
                queue.sent(claim.get());
            } else {
                queue.failed(claim.get(), failure.get());
            }
        } catch (EJBException e) {
            LOG.warning(() -> "E-mail " + messageId + ": the outcome of attempt " + claim.get().attempt()
                    + " could not be recorded; the message is due again when its claim lapses: " + e.getMessage());
        }
        return failure.isEmpty();
    }

    private Optional<String> handOver(MailMessage mail) {
        try {
            MimeMessage mime = new MimeMessage(timedSession);
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
            mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            mime.setText(mail.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(clock.now()));
            Transport.send(mime);
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warning(() -> "The mail server did not take an e-mail of the outbox: " + reason);
            return Optional.of(reason);
        }
    }
}
