package fr.portailfamilles.payment;

import fr.portailfamilles.billing.AsIt;
import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.payment.boundary.OnlinePayments;
import fr.portailfamilles.payment.entity.PayfipNotification;
import fr.portailfamilles.payment.entity.PayfipOperation;
import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.payment.payfip.PayfipReconciliation;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.PortailSettings;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Online payment against the PayFiP simulator, on a real server: only PayFiP's own answer records a payment, once per
 * idOp whatever the notifications; answers that do not match change nothing; a lost notification is caught by the
 * reconciliation; a PayFiP that refuses to create the payment leaves nothing half done.
 */
@ExtendWith(ArquillianExtension.class)
class PayfipIT {

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.payfipSimulator();
    }

    @Deployment(name = "portal", order = 2)
    static WebArchive deployment() {
        return Deployments.portal(PayfipIT.class, InvoiceFixture.class, InvoiceFixture.Family.class, AsParent.class, AsIt.class)
                .addAsLibraries(Mailbox.library());
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    InvoiceCounters numbering;

    @Inject
    OnlinePayments onlinePayments;

    @Inject
    PayfipReconciliation reconciliation;

    @Inject
    AsParent asParent;

    @Inject
    AsIt asIt;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private Mailbox mailbox;

    @BeforeEach
    void simulatorAsUsual() throws Exception {
        simulator("reset=true");
    }

    @AfterEach
    void cleanUp() throws Exception {
        simulator("reset=true");
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    @OperateOnDeployment("portal")
    void aHundredIdenticalNotificationsAtOnceRecordOnePayment() throws Exception {
        simulator("notifications=drop");
        Started started = start("CENT");
        simulator("end=" + started.idOp() + "&result=P");

        List<CompletableFuture<HttpResponse<String>>> notifications = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            notifications.add(notify(started.idOp()));
        }
        for (CompletableFuture<HttpResponse<String>> notification : notifications) {
            assertEquals(200, notification.get().statusCode(), "answered at once");
        }

        await(() -> checked(started.idOp()) == 100, "every notification checked");
        assertEquals(1, payments(started.operationId()).size(), "one payment for the idOp");
        assertEquals(PayfipOperation.State.PAID, operation(started.operationId()).getState());
        Payment payment = payments(started.operationId()).get(0);
        assertEquals(started.invoice().getTotal(), payment.getAmount());
        assertEquals(1, payment.getAllocations().size());
        assertEquals(started.invoice().getId(), payment.getAllocations().get(0).getInvoiceId());
    }

    @Test
    @OperateOnDeployment("portal")
    void notificationsOfAnUnknownIdOpOrWithAnAnswerThatDoesNotMatchRecordNothing() throws Exception {
        assertEquals(200, notify("inconnu-" + System.nanoTime()).get().statusCode());
        assertEquals(400, notify("pas un idop !").get().statusCode(), "malformed");
        assertEquals(400, notify("x".repeat(65)).get().statusCode(), "oversized");

        simulator("notifications=drop");
        Started other = start("AUTRE FOYER");
        for (String tamper : List.of("tamper=amount", "tamper=numcli", "tamper=refdet&refdet=" + other.refdet())) {
            Started started = start("FAUX " + tamper.substring(7, 11));
            simulator("end=" + started.idOp() + "&result=P");
            simulator(tamper);
            notify(started.idOp()).get();
            await(() -> checked(started.idOp()) == 1, tamper);
            assertEquals(PayfipNotification.Outcome.MISMATCH.name(), outcomes(started.idOp()).get(0), tamper);
            assertTrue(payments(started.operationId()).isEmpty(), "nothing recorded: " + tamper);
            assertEquals(PayfipOperation.State.PENDING, operation(started.operationId()).getState(), tamper);
            simulator("tamper=none");
        }
    }

    @Test
    @OperateOnDeployment("portal")
    void aLostNotificationIsCaughtByTheReconciliationAndARepeatAfterItChangesNothing() throws Exception {
        mailbox = Mailbox.start();
        simulator("notifications=drop");
        Started started = start("PERDUE");
        simulator("end=" + started.idOp() + "&result=P");

        assertEquals(0, reconciliation.reconcile(), "not yet: five minutes under way first");
        // The clock stays moved to the end: the e-mail queued at that time is due only from then on.
        clock.moveTo(clock.now().plus(Duration.ofMinutes(6)));
        try {
            assertTrue(reconciliation.reconcile() >= 1);

            assertEquals(PayfipOperation.State.PAID, operation(started.operationId()).getState());
            assertEquals(1, payments(started.operationId()).size());
            String told = (String) mailbox.await(started.email(), "Votre paiement a été reçu").getContent();
            assertTrue(told.contains("(référence " + started.refdet() + ") pour la facture " + started.invoice().getNumber() + "."),
                    "the payer is told which invoice, with the reference Mes paiements shows: " + told);
            notify(started.idOp()).get();
            await(() -> checked(started.idOp()) == 1, "the late notification");
            assertEquals(PayfipNotification.Outcome.ALREADY_ENDED.name(), outcomes(started.idOp()).get(0));
            assertEquals(1, payments(started.operationId()).size(), "nothing more");
            assertEquals(1, mailbox.count(started.email()), "told once");
        } finally {
            clock.reset();
        }
    }

    @Test
    @OperateOnDeployment("portal")
    void aRefusalLeavesTheInvoiceDueAndFreeForAnotherPayment() throws Exception {
        Started started = start("REFUS");
        ActionRefused underWay = assertThrows(ActionRefused.class, () -> asParent.call(() -> onlinePayments.pay(started.householdId(),
                List.of(started.invoice().getId()), "parent@exemple.fr", "Claire REFUS")));
        assertEquals("payments.online.underWay", underWay.messageKey(), "a payment under way blocks a second one");

        simulator("end=" + started.idOp() + "&result=R");
        await(() -> operation(started.operationId()).getState() != PayfipOperation.State.PENDING, "the notification");

        assertEquals(PayfipOperation.State.REFUSED, operation(started.operationId()).getState());
        assertTrue(payments(started.operationId()).isEmpty());
        String again = asParent.call(() -> onlinePayments.pay(started.householdId(), List.of(started.invoice().getId()),
                "parent@exemple.fr", "Claire REFUS"));
        assertTrue(again.startsWith("PF"), "the invoice can be paid again");
    }

    @Test
    @OperateOnDeployment("portal")
    void whenPayfipRefusesOrDoesNotAnswerTheParentIsToldAndNothingIsLeftUnderWay() throws Exception {
        InvoiceFixture.Family family = InvoiceFixture.create(em, transaction, "PANNE " + System.nanoTime() % 1_000_000, clock.now());
        Invoice invoice = issue(family);

        for (String creation : List.of("fault", "slow")) {
            simulator("creation=" + creation);
            Instant asked = Instant.now();
            ActionRefused refused = assertThrows(ActionRefused.class, () -> asParent.call(() -> onlinePayments.pay(family.householdId(),
                    List.of(invoice.getId()), family.email(), family.billedName())));
            assertEquals("payments.online.unavailable", refused.messageKey(), creation);
            assertTrue(Duration.between(asked, Instant.now()).toSeconds() < 14, "the portal gives up before PayFiP answers late");
        }
        List<PayfipOperation> operations = em.createNamedQuery(PayfipOperation.OF_HOUSEHOLD, PayfipOperation.class)
                .setParameter("householdId", family.householdId()).getResultList();
        assertEquals(2, operations.size(), "each stored before PayFiP was asked");
        assertTrue(operations.stream().allMatch(operation -> operation.getState() == PayfipOperation.State.FAILED),
                "and ended, not left under way");
        simulator("creation=normal");
        assertTrue(asIt.call(() -> onlinePayments.testConnection()).contains("Simulateur PayFiP"), "IT's Tester la connexion");
        assertTrue(asParent.call(() -> onlinePayments.pay(family.householdId(), List.of(invoice.getId()), family.email(),
                family.billedName())).startsWith("PF"));
    }

    /** An online payment of a new household's invoice, started as its parent would, under way at PayFiP. */
    private Started start(String name) throws Exception {
        InvoiceFixture.Family family = InvoiceFixture.create(em, transaction, name + " " + System.nanoTime() % 1_000_000, clock.now());
        Invoice invoice = issue(family);
        String refdet = asParent.call(() -> onlinePayments.pay(family.householdId(), List.of(invoice.getId()), family.email(),
                family.billedName()));
        PayfipOperation operation = em.createQuery("select o from PayfipOperation o where o.refdet = :refdet", PayfipOperation.class)
                .setParameter("refdet", refdet).getSingleResult();
        assertEquals(PayfipOperation.State.PENDING, operation.getState());
        return new Started(family.householdId(), invoice, operation.getId(), refdet, operation.getIdOp(), family.email());
    }

    private record Started(long householdId, Invoice invoice, long operationId, String refdet, String idOp, String email) {
    }

    private Invoice issue(InvoiceFixture.Family family) throws Exception {
        return InvoiceFixture.issue(em, transaction, numbering, family, YearMonth.from(clock.today()).minusMonths(1), clock.today(),
                clock.now());
    }

    private PayfipOperation operation(long id) {
        em.clear();
        return em.find(PayfipOperation.class, id);
    }

    private List<Payment> payments(long operationId) {
        em.clear();
        return em.createQuery("select p from Payment p where p.payfipOperationId = :id", Payment.class).setParameter("id", operationId)
                .getResultList();
    }

    private long checked(String idOp) {
        em.clear();
        return em.createQuery("select count(n) from PayfipNotification n where n.idOp = :idOp and n.processedAt is not null", Long.class)
                .setParameter("idOp", idOp).getSingleResult();
    }

    private List<String> outcomes(String idOp) {
        em.clear();
        return em.createQuery("select n.outcome from PayfipNotification n where n.idOp = :idOp", String.class)
                .setParameter("idOp", idOp).getResultList();
    }

    private CompletableFuture<HttpResponse<String>> notify(String idOp) {
        return http.sendAsync(HttpRequest.newBuilder(portal("api/payfip/notification"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void simulator(String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(portal("payfip-simulator/control"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), form + ": " + answer.body());
    }

    private static URI portal(String path) {
        return URI.create(PortailSettings.fromSystem().publicUrl().url() + path);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("Not within 60 s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
