package fr.portailfamilles.billing;

import fr.portailfamilles.billing.boundary.InvoiceRunRecords;
import fr.portailfamilles.billing.boundary.InvoiceRuns;
import fr.portailfamilles.billing.boundary.ScheduledRunClaims;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.RunStatus;
import fr.portailfamilles.billing.entity.SkipReason;
import fr.portailfamilles.billing.entity.SkippedHousehold;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.Texts;
import fr.portailfamilles.platform.entity.OutboxMessage;
import fr.portailfamilles.testing.Deployments;
import jakarta.batch.runtime.BatchRuntime;
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

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The monthly invoice run in the container, with charges the test decides ({@link KnownCharges}): known totals, a
 * rerun that changes nothing, a correction billed the next month, a stop and a restart, refusals, the scheduled
 * claim, and invoice numbers without gap through a rollback.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceRunIT {

    private static final String IT = "informatique@exemple.fr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(InvoiceRunIT.class, KnownCharges.class, AsIt.class, NumberTaker.class, BillingFixture.class,
                InvoicedMonths.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    KnownCharges charges;

    @Inject
    AsIt asIt;

    @Inject
    InvoiceRuns runs;

    @Inject
    InvoiceRunRecords records;

    @Inject
    ScheduledRunClaims scheduledClaims;

    @Inject
    NumberTaker numbers;

    @Inject
    InvoicedMonths invoicedMonths;

    @Inject
    Clock clock;

    @AfterEach
    void fullSpeed() {
        charges.slowDown(0);
    }

    @Test
    void aMonthIsInvoicedOncePerHouseholdWithKnownTotalsAndARerunChangesNothing() throws Exception {
        YearMonth month = BillingFixture.monthOfItsOwn(3);
        long martin = BillingFixture.household(em, transaction, "FACTU-MARTIN " + month, true);
        long durand = BillingFixture.household(em, transaction, "FACTU-DURAND " + month, true);
        long petit = BillingFixture.household(em, transaction, "FACTU-PETIT " + month, true);
        long nobody = BillingFixture.household(em, transaction, "FACTU-SANSRESPONSABLE " + month, false);
        long unpriced = BillingFixture.household(em, transaction, "FACTU-SANSTARIF " + month, true);
        charges.register(month, martin, List.of(BillingFixture.charge(martin, month, 4, "12.00", "0"),
                BillingFixture.charge(martin, month, 11, "12.00", "0"), BillingFixture.charge(martin, month, 11, "3.50", "0")));
        charges.register(month, durand, List.of(BillingFixture.charge(durand, month, 4, "12.00", "10")));
        charges.register(month, petit, List.of(BillingFixture.charge(petit, month, 4, "11.99", "0"),
                BillingFixture.charge(petit, month, 18, "11.99", "33.33")));
        charges.register(month, nobody, List.of(BillingFixture.charge(nobody, month, 4, "12.00", "0")));
        charges.cannotPrice(month, unpriced, "REPAS du 04/03 : pas de tarif");

        InvoiceRun run = BillingFixture.ended(em, asIt.call(() -> runs.start(month.toString(), IT)).getId());

        assertEquals(RunStatus.COMPLETED, run.getStatus(), String.valueOf(run.getNote()));
        assertEquals(List.of(5, 5, 3, 0, 2), List.of(run.getHouseholdsTotal(), run.getHouseholdsRead(), run.getInvoicesWritten(),
                run.getAlreadyInvoiced(), run.getSkipped()));
        // 27.50; 12.00 less 10 % = 10.80; 11.99 + (11.99 less 33.33 % = 7.99, half-up) = 19.98
        assertEquals(new BigDecimal("58.28"), run.getTotalAmount());
        Map<Long, BigDecimal> totals = invoicesOf(month).stream().collect(Collectors.toMap(Invoice::getHouseholdId, Invoice::getTotal));
        assertEquals(Map.of(martin, new BigDecimal("27.50"), durand, new BigDecimal("10.80"), petit, new BigDecimal("19.98")), totals);
        Invoice martins = invoicesOf(month).stream().filter(i -> i.getHouseholdId() == martin).findFirst().orElseThrow();
        assertEquals("Claire FACTU-MARTIN " + month, martins.getBilledName());
        assertEquals("3 place de la Mairie\n37250 Montbazon", martins.getBilledAddress());
        assertEquals(run.getExecutionId(), martins.getRunExecutionId());
        assertEquals(clock.today().getYear(), martins.getYear());
        assertEquals(Map.of(nobody, SkipReason.NO_BILLED_GUARDIAN, unpriced, SkipReason.NOT_PRICED), skipsOf(run));
        assertNumbersContinuous(clock.today().getYear());
        assertTrue(invoicedMonths.months().contains(month), "the month's attendance is locked");
        List<OutboxMessage> notices = noticesTo("claire.factu-martin." + month + "@exemple.fr");
        assertEquals(1, notices.size(), "the household is told once");
        assertEquals("Votre facture est disponible", notices.get(0).getSubject());
        assertTrue(notices.get(0).getBody().contains(martins.getNumber()) && notices.get(0).getBody().contains("27,50")
                && notices.get(0).getBody().contains("demandez-le à l’accueil de loisirs")
                && !notices.get(0).getBody().contains("portail/factures.xhtml"), "Claire has no access: told how to get it, " + notices.get(0).getBody());

        InvoiceRun again = BillingFixture.ended(em, asIt.call(() -> runs.start(month.toString(), IT)).getId());

        assertEquals(RunStatus.COMPLETED, again.getStatus());
        assertEquals(List.of(5, 0, 3, 2), List.of(again.getHouseholdsRead(), again.getInvoicesWritten(), again.getAlreadyInvoiced(),
                again.getSkipped()), "the rerun issues nothing and skips the same households again");
        assertEquals(totals, invoicesOf(month).stream().collect(Collectors.toMap(Invoice::getHouseholdId, Invoice::getTotal)));
        assertNumbersContinuous(clock.today().getYear());
        assertEquals(1, noticesTo("claire.factu-martin." + month + "@exemple.fr").size(), "a rerun that issues nothing tells nobody");
    }

    @Test
    void aCorrectionAfterInvoicingIsBilledOrCreditedOnTheNextMonthsInvoice() throws Exception {
        YearMonth october = BillingFixture.monthOfItsOwn(10);
        YearMonth november = october.plusMonths(1);
        long household = BillingFixture.household(em, transaction, "FACTU-BERNARD " + october, true);
        Charge excusedLater = BillingFixture.charge(household, october, 7, "12.00", "0");
        Charge repriced = BillingFixture.charge(household, october, 14, "12.00", "0");
        charges.register(october, household, List.of(excusedLater, repriced));
        assertEquals(new BigDecimal("24.00"), BillingFixture.ended(em, asIt.call(() -> runs.start(october.toString(), IT)).getId())
                .getTotalAmount());

        // After the invoice: the 7th excused by a certificate, the 14th attended half a day; a day in November.
        charges.register(october, household, List.of(BillingFixture.repriced(repriced, "10.00")));
        charges.register(november, household, List.of(BillingFixture.charge(household, november, 4, "12.00", "0")));
        InvoiceRun octoberAgain = BillingFixture.ended(em, asIt.call(() -> runs.start(october.toString(), IT)).getId());
        assertEquals(0, octoberAgain.getInvoicesWritten(), "an issued invoice is never changed nor issued again");

        InvoiceRun novemberRun = BillingFixture.ended(em, asIt.call(() -> runs.start(november.toString(), IT)).getId());

        Invoice invoice = invoicesOf(november).get(0);
        assertEquals(new BigDecimal("-2.00"), invoice.getTotal(), "12.00 for November, 12.00 and 2.00 credited for October");
        assertEquals(List.of(october + " -12.00", october + " -2.00", november + " 12.00"), linesOf(invoice));
        assertEquals(new BigDecimal("-2.00"), novemberRun.getTotalAmount());
        InvoiceRun novemberAgain = BillingFixture.ended(em, asIt.call(() -> runs.start(november.toString(), IT)).getId());
        assertEquals(List.of(0, 1), List.of(novemberAgain.getInvoicesWritten(), novemberAgain.getAlreadyInvoiced()));
    }

    @Test
    void aStoppedRunRestartedEndsWithOneInvoicePerHouseholdAndTheSameTotals() throws Exception {
        YearMonth month = BillingFixture.monthOfItsOwn(5);
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long household = BillingFixture.household(em, transaction, "FACTU-ARRET" + i + " " + month, true);
            charges.register(month, household, List.of(BillingFixture.charge(household, month, 6, "12.00", "0")));
            households.add(household);
        }
        charges.slowDown(250);
        long execution = startAsTheCliDoes(month, "1");
        InvoiceRun first = runOf(execution);
        awaitInvoices(first.getId(), 2);

        asIt.call(() -> runs.stop(first.getId(), IT));
        InvoiceRun stopped = BillingFixture.ended(em, first.getId());

        assertEquals(RunStatus.STOPPED, stopped.getStatus());
        assertTrue(stopped.getInvoicesWritten() < 12, "stopped before the end: " + stopped.getInvoicesWritten());
        assertEquals(stopped.getInvoicesWritten(), invoicesOf(month).size(), "what a stopped run issued stays");
        charges.slowDown(0);

        InvoiceRun restarted = BillingFixture.ended(em, asIt.call(() -> runs.restart(stopped.getId(), IT)).getId());

        assertEquals(RunStatus.COMPLETED, restarted.getStatus(), String.valueOf(restarted.getNote()));
        assertEquals(stopped.getInstanceId(), restarted.getInstanceId());
        assertEquals(stopped.getHouseholdsRead(), restarted.getHouseholdsBefore(), "the restart goes on after the last checkpoint");
        assertEquals(12, stopped.getHouseholdsRead() + restarted.getHouseholdsRead());
        List<Invoice> invoices = invoicesOf(month);
        assertEquals(households, invoices.stream().map(Invoice::getHouseholdId).sorted().toList(), "one invoice per household");
        assertEquals(new BigDecimal("144.00"), invoices.stream().map(Invoice::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(new BigDecimal("144.00"), stopped.getTotalAmount().add(restarted.getTotalAmount()));
        assertNumbersContinuous(clock.today().getYear());
    }

    @Test
    void badInputIsRefusedInFrenchAndNothingIsWritten() throws Exception {
        assertRefused("billing.run.month.form", () -> runs.start("2026-13", IT));
        assertRefused("billing.run.month.form", () -> runs.start("octobre", IT));
        assertRefused("billing.run.month.future", () -> runs.start(clock.month().plusMonths(1).toString(), IT));
        assertRefused("billing.run.month.notOver", () -> runs.start(clock.month().toString(), IT));
        assertRefused("billing.run.month.missing", () -> runs.start(" ", IT));
        assertTrue(Texts.french("billing.run.month.form", "2026-13").contains("AAAA-MM"));
        assertTrue(Texts.french("billing.run.month.future", "2031-01").contains("pas encore commencé"));

        YearMonth month = BillingFixture.monthOfItsOwn(8);
        InvoiceRun going = records.claim(month, IT).orElseThrow();
        try {
            assertRefused("billing.run.alreadyRunning", () -> runs.start(month.toString(), IT));
            // The database refuses it whichever way it starts: here as the CLI does, straight at JBeret.
            InvoiceRun refused = runOf(startAsTheCliDoes(month, "100"));
            assertEquals(RunStatus.FAILED, BillingFixture.ended(em, refused.getId()).getStatus());
            assertTrue(refused.getNote().contains("déjà en cours"), refused.getNote());
        } finally {
            records.abandonClaim(going.getId(), "test");
        }
        InvoiceRun badMonth = runOf(startAsTheCliDoes("2026-1", "100"));
        assertEquals(RunStatus.FAILED, badMonth.getStatus());
        assertTrue(badMonth.getNote().contains("AAAA-MM"), badMonth.getNote());
        assertEquals(List.of(), invoicesOf(month));
    }

    @Test
    void theScheduledRunOfAMonthIsClaimedOnceWhenTwoNodesTryAtTheSameMoment() throws Exception {
        YearMonth month = BillingFixture.monthOfItsOwn(7);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (String node : List.of("noeud-a", "noeud-b")) {
                claims.add(nodes.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return scheduledClaims.claim(month, node);
                }));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, won, "one node, and one only, starts the month");
            assertFalse(scheduledClaims.claim(month, "noeud-a"), "five minutes later, the month is still taken");
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void invoiceNumbersHaveNoGapThroughARollbackNorDuplicateWhenTwoServersOpenTheYear() throws Exception {
        int year = 2100 + (int) (System.nanoTime() % 800);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        List<InvoiceNumber> taken = new ArrayList<>();
        try {
            List<Future<List<InvoiceNumber>>> first = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                first.add(servers.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return numbers.take(year, 2);
                }));
            }
            for (Future<List<InvoiceNumber>> numbersOfOne : first) {
                taken.addAll(numbersOfOne.get(30, TimeUnit.SECONDS));
            }
        } finally {
            servers.shutdownNow();
        }
        List<InvoiceNumber> givenBack = numbers.takeThenRollBack(year, 3);
        taken.addAll(numbers.take(year, 2));

        assertEquals(List.of(5, 6, 7), givenBack.stream().map(InvoiceNumber::sequence).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), taken.stream().map(InvoiceNumber::sequence).sorted().toList(),
                "the numbers of the rolled-back transaction are given again, none twice, none skipped");
        assertEquals(year + "-6", taken.get(taken.size() - 1).text());
    }

    private long startAsTheCliDoes(Object month, String householdsPerChunk) {
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("householdsPerChunk", householdsPerChunk);
        return BatchRuntime.getJobOperator().start(InvoiceRuns.JOB, parameters);
    }

    private InvoiceRun runOf(long executionId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var run = records.byExecution(executionId);
            if (run.isPresent()) {
                return run.get();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("No run row for execution " + executionId);
    }

    private void awaitInvoices(long runId, int count) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            InvoiceRun run = em.find(InvoiceRun.class, runId);
            if (run.getInvoicesWritten() >= count) {
                return;
            }
            assertTrue(run.getStatus().isActive(), "the run ended before it could be stopped: " + run.getStatus());
            TimeUnit.MILLISECONDS.sleep(100);
        }
        fail("The run issued fewer than " + count + " invoices in 30 s");
    }

    private void assertRefused(String key, Callable<?> action) {
        try {
            asIt.call(action);
            fail("Refusal expected: " + key);
        } catch (ActionRefused refused) {
            assertEquals(key, refused.messageKey());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<OutboxMessage> noticesTo(String recipient) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :recipient", OutboxMessage.class)
                .setParameter("recipient", recipient).getResultList();
    }

    private List<Invoice> invoicesOf(YearMonth month) {
        return em.createQuery("select i from Invoice i where i.month = :month and i.kind = :kind order by i.householdId", Invoice.class)
                .setParameter("month", month.toString()).setParameter("kind", InvoiceKind.INVOICE).getResultList();
    }

    private static List<String> linesOf(Invoice invoice) {
        return invoice.getLines().stream().map(line -> line.getMonth() + " " + line.getAmount()).toList();
    }

    private Map<Long, SkipReason> skipsOf(InvoiceRun run) {
        return em.createNamedQuery(SkippedHousehold.OF_RUNS, SkippedHousehold.class).setParameter("runIds", List.of(run.getId()))
                .getResultStream().collect(Collectors.toMap(SkippedHousehold::getHouseholdId, SkippedHousehold::getReason));
    }

    /** Every invoice and credit note of the year, whoever issued it: numbered 1 to n, or from min to max with no hole. */
    private void assertNumbersContinuous(int year) {
        Object[] figures = em.createQuery("select count(i), min(i.sequence), max(i.sequence), count(distinct i.sequence)"
                + " from Invoice i where i.year = :year", Object[].class).setParameter("year", year).getSingleResult();
        long count = (Long) figures[0];
        assertEquals(count, ((Number) figures[2]).longValue() - ((Number) figures[1]).longValue() + 1, "count = max - min + 1");
        assertEquals(count, (Long) figures[3], "no number twice");
    }
}
