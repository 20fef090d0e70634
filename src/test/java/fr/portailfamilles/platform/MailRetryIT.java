package fr.portailfamilles.platform;

import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.MailDelivery;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.boundary.Outbox;
import fr.portailfamilles.platform.control.MailRetrySchedule;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.entity.OutboxMessage;
import fr.portailfamilles.platform.entity.OutboxMessage.Status;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail that is always delivered, in the container on the real database, with GreenMail in the server's JVM as the
 * relay (stopped: the relay refuses). The clock is moved to make an attempt due instead of waiting for it.
 */
@ExtendWith(ArquillianExtension.class)
class MailRetryIT {

    private static final String SECRET = "S3cret-2026!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(MailRetryIT.class, AsStaff.class).addAsLibraries(Mailbox.library());
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    Mailer mailer;

    @Inject
    MailDelivery delivery;

    @Inject
    Outbox outbox;

    @Inject
    AsStaff asStaff;

    @Inject
    Clock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void aMessageTheRelayRefusedIsDeliveredOnceWhenItAcceptsAgain() throws Exception {
        String to = recipient("refus");
        transaction.begin();
        mailer.send(new MailMessage(to, "Relais indisponible", "Mot de passe : " + SECRET, List.of(SECRET)));
        transaction.commit();
        long id = idOf(to);

        OutboxMessage failed = awaitAttempts(id, 1);
        assertEquals(Status.FAILED, failed.getStatus());
        assertFalse(failed.getFailure().isBlank());
        Duration delay = Duration.between(failed.getLastAttemptAt(), failed.getNextAttemptAt());
        assertTrue(delay.compareTo(Duration.ofMinutes(1)) >= 0 && delay.compareTo(Duration.ofSeconds(70)) < 0,
                "the next attempt a minute after the first: " + delay);
        assertFalse(delivery.deliver(id), "not due before its delay");

        try (Mailbox mailbox = Mailbox.start()) {
            clock.moveTo(failed.getNextAttemptAt().plusSeconds(1));
            delivery.deliverDue();
            // The minute's task may have claimed it first: moving on 13 h while it is still sending would let its claim lapse.
            awaitStatus(id, Status.SENT);
            clock.moveTo(clock.now().plus(Duration.ofHours(13)));
            delivery.deliverDue();

            OutboxMessage sent = find(id);
            assertEquals(Status.SENT, sent.getStatus());
            assertTrue(sent.getAttempts() >= 2);
            assertEquals(1, mailbox.count(to));
            assertTrue(Mailbox.body(mailbox.await(to, "Relais indisponible")).contains(SECRET));
        }
    }

    @Test
    void aMessageAsLongAsAWholeSummerBookedIsStoredAndDeliveredWhole() throws Exception {
        String to = recipient("ete");
        String days = "mer. 07/07/2027 : Journée, REPAS, CONVOYAGE MATIN, CONVOYAGE SOIR — acceptée\n".repeat(600);
        try (Mailbox mailbox = Mailbox.start()) {
            transaction.begin();
            mailer.send(new MailMessage(to, "Vos demandes de l'été", days + "Mot de passe : " + SECRET, List.of(SECRET)));
            transaction.commit();

            awaitStatus(idOf(to), Status.SENT);
            String received = Mailbox.body(mailbox.await(to, "Vos demandes de l'été"));
            assertTrue(received.length() > 40_000 && received.contains(SECRET), "the whole text: " + received.length());
        }
    }

    @Test
    void twoWorkersAtOnceSendEachDueMessageOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        transaction.begin();
        for (int i = 0; i < 20; i++) {
            String to = recipient("deux-serveurs-" + i);
            recipients.add(to);
            em.persist(new OutboxMessage(to, "Deux serveurs", "Lien : ••••••••", "Lien : " + SECRET, clock.now()));
        }
        transaction.commit();

        try (Mailbox mailbox = Mailbox.start()) {
            ExecutorService workers = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> worker = () -> {
                start.await();
                return delivery.deliverDue();
            };
            Future<Integer> first = workers.submit(worker);
            Future<Integer> second = workers.submit(worker);
            start.countDown();
            first.get(2, TimeUnit.MINUTES);
            second.get(2, TimeUnit.MINUTES);
            workers.shutdown();

            for (String to : recipients) {
                assertEquals(1, mailbox.count(to), to);
                long id = idOf(to);
                assertEquals(Status.SENT, find(id).getStatus());
                assertNull(deliveryText(id), "the personal link is erased once sent");
            }
            assertTrue(Mailbox.body(mailbox.await(recipients.get(0), "Deux serveurs")).contains(SECRET),
                    "the recipient gets the full text");
        }
    }

    @Test
    void aMessageTheRelayNeverTakesIsAbandonedAfterTheLastAttemptWithItsSecretErased() throws Exception {
        String to = recipient("abandon");
        transaction.begin();
        em.persist(new OutboxMessage(to, "Ouverture", "Mot de passe : ••••••••", "Mot de passe : " + SECRET, clock.now()));
        transaction.commit();
        long id = idOf(to);

        for (int run = 0; run <= MailRetrySchedule.MAX_ATTEMPTS && find(id).getStatus() != Status.ABANDONED; run++) {
            clock.moveTo(clock.now().plus(Duration.ofHours(13)));
            delivery.deliverDue();
        }

        OutboxMessage abandoned = find(id);
        assertEquals(Status.ABANDONED, abandoned.getStatus());
        assertEquals(MailRetrySchedule.MAX_ATTEMPTS, abandoned.getAttempts());
        assertNull(abandoned.getNextAttemptAt());
        assertFalse(abandoned.getFailure().isBlank());
        assertNull(deliveryText(id), "the provisional password does not stay in the database");
        assertEquals("Mot de passe : ••••••••", abandoned.getBody(), "staff still read the masked text");
        ActionRefused refused = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            outbox.resend(id, "accueil.test@exemple.fr");
            return null;
        }));
        assertEquals("outbox.textErased", refused.messageKey());
    }

    @Test
    void staffResendAnAbandonedMessageAndItIsDeliveredOnce() throws Exception {
        String to = recipient("renvoi");
        transaction.begin();
        em.persist(new OutboxMessage(to, "Réponse à votre demande", "Bonjour", "Bonjour", clock.now()));
        transaction.commit();
        long id = idOf(to);
        transaction.begin();
        em.createQuery("update OutboxMessage m set m.status = :abandoned, m.attempts = :attempts, m.nextAttemptAt = null,"
                        + " m.failure = 'Connection refused' where m.id = :id")
                .setParameter("abandoned", Status.ABANDONED).setParameter("attempts", MailRetrySchedule.MAX_ATTEMPTS)
                .setParameter("id", id).executeUpdate();
        transaction.commit();

        assertThrows(EJBAccessException.class, () -> outbox.resend(id, "inconnu@exemple.fr"), "staff only");

        try (Mailbox mailbox = Mailbox.start()) {
            asStaff.call(() -> {
                outbox.resend(id, "accueil.test@exemple.fr");
                return null;
            });
            mailbox.await(to, "Réponse à votre demande");
            OutboxMessage sent = awaitStatus(id, Status.SENT);
            assertEquals(1, sent.getAttempts(), "a resend starts a new series of attempts");
            assertEquals(1, mailbox.count(to));
        }
        assertEquals(1L, em.createQuery("select count(e) from AuditEvent e where e.action = :action and e.subject = :to", Long.class)
                .setParameter("action", AuditAction.MAIL_RESENT).setParameter("to", to).getSingleResult());
        ActionRefused refused = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            outbox.resend(id, "accueil.test@exemple.fr");
            return null;
        }));
        assertEquals("outbox.notResendable", refused.messageKey(), "a sent message is not sent again");
    }

    @Test
    void aDemonstrationWithoutAMailRelayKeepsItsEmailsReadableAndNeverTriesThem() throws Exception {
        String to = recipient("conserve");
        // The test server names GreenMail as its relay; without it, a demonstration has no mail server at all.
        String relayPort = System.clearProperty("portail.smtp.port");
        try (Mailbox mailbox = Mailbox.start()) {
            transaction.begin();
            mailer.send(new MailMessage(to, "Vos demandes d’inscription", "Bonjour", List.of()));
            transaction.commit();
            System.setProperty("portail.smtp.port", relayPort);
            long id = idOf(to);

            clock.moveTo(clock.now().plus(Duration.ofHours(13)));
            delivery.deliverDue();

            OutboxMessage kept = find(id);
            assertEquals(Status.KEPT, kept.getStatus(), "kept, not failed");
            assertEquals(0, kept.getAttempts());
            assertNull(kept.getNextAttemptAt());
            assertEquals("Bonjour", kept.getBody());
            assertEquals(0, mailbox.count(to), "never handed to a mail server");
        } finally {
            System.setProperty("portail.smtp.port", relayPort);
        }
    }

    private static String recipient(String name) {
        return name + "-" + System.nanoTime() + "@exemple.fr";
    }

    private long idOf(String recipient) {
        return em.createQuery("select m.id from OutboxMessage m where m.recipient = :to", Long.class)
                .setParameter("to", recipient).getSingleResult();
    }

    private OutboxMessage find(long id) {
        return em.createQuery("select m from OutboxMessage m where m.id = :id", OutboxMessage.class)
                .setParameter("id", id).getSingleResult();
    }

    private String deliveryText(long id) {
        return (String) em.createNativeQuery("select delivery_text from outbox_message where id = ?1").setParameter(1, id)
                .getSingleResult();
    }

    private OutboxMessage awaitAttempts(long id, int attempts) throws InterruptedException {
        for (int tenths = 0; tenths < 200; tenths++) {
            OutboxMessage message = find(id);
            if (message.getAttempts() >= attempts && message.getStatus() != Status.SENDING) {
                return message;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("E-mail " + id + " was not tried " + attempts + " time(s)");
    }

    private OutboxMessage awaitStatus(long id, Status status) throws InterruptedException {
        for (int tenths = 0; tenths < 200; tenths++) {
            OutboxMessage message = find(id);
            if (message.getStatus() == status) {
                return message;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("E-mail " + id + " is " + find(id).getStatus() + ", not " + status);
    }
}
