package fr.portailfamilles.payment;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.billing.boundary.HouseholdAccount;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.boundary.InvoiceRow;
import fr.portailfamilles.billing.boundary.Invoices;
import fr.portailfamilles.billing.control.InvoiceStatus;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.payment.boundary.ParentPaymentRow;
import fr.portailfamilles.payment.boundary.PaymentRow;
import fr.portailfamilles.payment.boundary.PaymentStatement;
import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.payment.boundary.UnpaidInvoice;
import fr.portailfamilles.payment.control.HouseholdPayments;
import fr.portailfamilles.payment.entity.PaymentDetails;
import fr.portailfamilles.payment.entity.PaymentMethod;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.PdfText;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counter payments on a real server and database: a cheque over two invoices, then returned (the invoices are due
 * again); an overpayment kept as credit and used on the next invoice; concurrent payments never paying an invoice
 * beyond its total; billing's Perçu and À payer, the household's hold and export.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    private static final String STAFF = "accueil@exemple.fr";
    private static final BigDecimal INVOICE = new BigDecimal("35.60");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(PaymentsIT.class, InvoiceFixture.class, InvoiceFixture.Family.class, AsStaff.class, AsParent.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    InvoiceCounters numbering;

    @Inject
    Payments payments;

    @Inject
    Invoices invoices;

    @Inject
    HouseholdPayments householdPayments;

    @Inject
    AsStaff asStaff;

    @Inject
    AsParent asParent;

    @Inject
    Clock clock;

    @Test
    void aChequeOverTwoInvoicesPaysTheOldestFirstAndOnceReturnedTheyAreDueAgain() throws Exception {
        InvoiceFixture.Family family = family("CHEQUE");
        Invoice older = issue(family, clock.month().minusMonths(2));
        Invoice newer = issue(family, clock.month().minusMonths(1));

        PaymentRow cheque = asStaff.call(() -> payments.record(family.householdId(),
                cheque("50.00"), null, STAFF, null));
        ActionRefused typedAgain = assertThrows(ActionRefused.class, () -> asStaff.call(() -> payments.record(family.householdId(),
                cheque("50.00"), null, STAFF, null)));
        assertEquals("payments.cheque.alreadyRecorded", typedAgain.messageKey(), "a cheque is cashed once, whatever the form");

        assertEquals(List.of(older.getNumber(), newer.getNumber()), cheque.parts().stream().map(PaymentRow.Part::invoiceNumber).toList());
        assertEquals(List.of(INVOICE, new BigDecimal("14.40")), cheque.parts().stream().map(PaymentRow.Part::amount).toList());
        assertEquals(Map.of(older.getNumber(), InvoiceStatus.PAID, newer.getNumber(), InvoiceStatus.PARTLY_PAID), statuses(family));
        HouseholdAccount account = asStaff.call(() -> invoices.accountOf(family.householdId()));
        assertEquals(new BigDecimal("50.00"), account.getReceived(), "billing's Perçu comes from the payments");
        assertEquals(new BigDecimal("21.20"), account.getDue());
        List<ParentPaymentRow> mine = asParent.call(() -> payments.forParent(family.householdId()));
        assertEquals(2, mine.size());
        assertEquals(PaymentMethod.CHEQUE, mine.get(0).method());
        assertEquals("DURAND Jérémy", mine.get(0).payerName());

        PaymentRow returned = asStaff.call(() -> payments.cancel(cheque.id(), "Chèque rejeté par la banque", STAFF));

        assertTrue(returned.isCancelled());
        assertEquals(2, returned.parts().size(), "the history still says which invoices it had paid");
        assertEquals(Map.of(older.getNumber(), InvoiceStatus.DUE, newer.getNumber(), InvoiceStatus.DUE), statuses(family));
        PaymentStatement statement = asStaff.call(() -> payments.statement(family.householdId()));
        assertEquals(1, statement.payments().size(), "kept in the history");
        assertEquals(INVOICE.add(INVOICE), statement.balance());
        assertTrue(asParent.call(() -> payments.forParent(family.householdId())).isEmpty(), "the parent sees payments in force");
        assertEquals(1L, em.createQuery("select count(e) from AuditEvent e where e.action = :action and e.subject = :subject", Long.class)
                .setParameter("action", AuditAction.PAYMENT_CANCELLED).setParameter("subject", "payment " + cheque.id()).getSingleResult());
        ActionRefused again = assertThrows(ActionRefused.class, () -> asStaff.call(() -> payments.cancel(cheque.id(), "encore", STAFF)));
        assertEquals("payments.cancel.already", again.messageKey());
    }

    @Test
    void anOverpaymentIsKeptAsCreditAndGoesOnTheNextInvoice() throws Exception {
        InvoiceFixture.Family family = family("CREDIT");
        Invoice first = issue(family, clock.month().minusMonths(2));

        PaymentRow cash = asStaff.call(() -> payments.record(family.householdId(), cash("50.00"), null, STAFF, null));

        assertEquals(new BigDecimal("14.40"), cash.credit());
        assertEquals(new BigDecimal("-14.40"), asStaff.call(() -> payments.statement(family.householdId())).balance(),
                "the centre owes the family");
        assertEquals(HouseholdPayments.CREDIT, anonymisationHold(family), "a family the centre owes money to is kept");

        Invoice second = issue(family, clock.month().minusMonths(1));
        assertEquals(new BigDecimal("14.40"), asStaff.call(() -> payments.useCredit(family.householdId(), STAFF)));

        assertEquals(Map.of(first.getNumber(), InvoiceStatus.PAID, second.getNumber(), InvoiceStatus.PARTLY_PAID), statuses(family));
        PaymentStatement statement = asStaff.call(() -> payments.statement(family.householdId()));
        assertEquals(0, statement.credit().signum());
        assertEquals(new BigDecimal("21.20"), statement.balance());
        assertNull(anonymisationHold(family), "no credit left (billing holds it for what it owes)");
        assertTrue(export(family).contains("\"method\":\"ESPECES\""));
    }

    @Test
    void whatWasPaidOnACancelledInvoiceIsCreditAndTheUnpaidBalanceIsTheSumOfTheUnpaidInvoices() throws Exception {
        InvoiceFixture.Family family = family("AVOIR");
        Invoice paid = issue(family, clock.month().minusMonths(2));
        Invoice unpaid = issue(family, clock.month().minusMonths(1));
        PaymentRow cash = asStaff.call(() -> payments.record(family.householdId(), cash(INVOICE.toPlainString()), null, STAFF, null));

        asStaff.call(() -> invoices.cancel(paid.getId(), STAFF));
        asStaff.call(() -> invoices.cancel(unpaid.getId(), STAFF));

        PaymentStatement statement = asStaff.call(() -> payments.statement(family.householdId()));
        assertEquals(INVOICE, statement.credit(), "the family's money is its credit again");
        assertTrue(statement.open().isEmpty(), "a cancelled invoice asks nothing");
        assertEquals(List.of(), statement.payments().get(0).parts(), "the payment pays no cancelled invoice");
        assertEquals(1L, em.createQuery("select count(e) from AuditEvent e where e.action = :action and e.subject = :subject", Long.class)
                .setParameter("action", AuditAction.PAYMENT_CREDIT_RELEASED).setParameter("subject", "payment " + cash.id()).getSingleResult());
        List<UnpaidInvoice> byAge = asStaff.call(() -> payments.unpaidByAge());
        assertTrue(byAge.stream().noneMatch(row -> row.householdId() == family.householdId()));
        assertEquals(byAge.stream().map(UnpaidInvoice::due).reduce(BigDecimal.ZERO, BigDecimal::add),
                asStaff.call(() -> payments.unpaidBalance()), "the dashboard's balance is what Impayés lists");
    }

    @Test
    void aCancelledPaymentsReceiptStillShowsWhatItWasAndAddsUp() throws Exception {
        InvoiceFixture.Family family = family("RECU");
        issue(family, clock.month().minusMonths(1));
        PaymentRow cash = asStaff.call(() -> payments.record(family.householdId(), cash("50.00"), null, STAFF, null));

        PaymentRow cancelled = asStaff.call(() -> payments.cancel(cash.id(), "Saisie en double", STAFF));

        assertEquals(new BigDecimal("14.40"), cancelled.credit(), "the history shows what it left as credit");
        assertEquals(0, asStaff.call(() -> payments.statement(family.householdId())).credit().signum(), "which no longer counts");
        String receipt = PdfText.of(asStaff.call(() -> payments.receipt(cash.id())).orElseThrow().content())
                .replaceAll("[\\s\u00a0\u202f]+", " ");
        assertTrue(receipt.contains("35,60") && receipt.contains("Dont en crédit") && receipt.contains("14,40 €")
                && receipt.contains("50,00 €") && receipt.contains("Saisie en double"), receipt);
    }

    @Test
    void aPaymentTypedPartByPartIsCheckedAgainstWhatEachInvoiceOwes() throws Exception {
        InvoiceFixture.Family family = family("PARTS");
        Invoice older = issue(family, clock.month().minusMonths(2));
        Invoice newer = issue(family, clock.month().minusMonths(1));

        PaymentRow transfer = asStaff.call(() -> payments.record(family.householdId(),
                details(PaymentMethod.VIREMENT, "0.30"), Map.of(older.getId(), new BigDecimal("0.10"), newer.getId(), new BigDecimal("0.20")),
                STAFF, null));
        assertEquals(new BigDecimal("0.30"), transfer.parts().stream().map(PaymentRow.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add));

        ActionRefused tooMuch = assertThrows(ActionRefused.class, () -> asStaff.call(() -> payments.record(family.householdId(),
                cash("40.00"), Map.of(older.getId(), new BigDecimal("35.51")), STAFF, null)));
        assertEquals("payments.allocation.moreThanDue", tooMuch.messageKey(), "35.50 is left on it");
        assertEquals(1, asStaff.call(() -> payments.statement(family.householdId())).payments().size(), "nothing recorded by a refusal");
        assertTrue(asStaff.call(() -> payments.unpaidByAge()).stream().anyMatch(unpaid -> unpaid.invoiceId() == older.getId()));
    }

    @Test
    void withCreditAtHandThePartsStaffTypeAreKeptAndTheCreditGoesFirstOnlyByDefault() throws Exception {
        InvoiceFixture.Family family = family("CREDITPARTS");
        issue(family, clock.month().minusMonths(3));
        asStaff.call(() -> payments.record(family.householdId(), cash("50.00"), null, STAFF, null));
        Invoice older = issue(family, clock.month().minusMonths(2));
        Invoice newer = issue(family, clock.month().minusMonths(1));

        PaymentRow typed = asStaff.call(() -> payments.record(family.householdId(), cash("20.00"),
                Map.of(newer.getId(), new BigDecimal("20.00")), STAFF, null));

        assertEquals(List.of(new PaymentRow.Part(newer.getId(), newer.getNumber(), new BigDecimal("20.00"))), typed.parts(),
                "exactly as typed, on the invoice staff chose");
        assertEquals(new BigDecimal("14.40"), asStaff.call(() -> payments.statement(family.householdId())).credit(), "the credit stays");
        ActionRefused tooMuch = assertThrows(ActionRefused.class, () -> asStaff.call(() -> payments.record(family.householdId(),
                cash("40.00"), Map.of(older.getId(), new BigDecimal("35.61")), STAFF, null)));
        assertEquals("payments.allocation.moreThanDue", tooMuch.messageKey(), "checked against what the invoice owes, credit or not");

        PaymentRow byDefault = asStaff.call(() -> payments.record(family.householdId(), cash("30.00"), null, STAFF, null));

        assertEquals(List.of(older.getId(), newer.getId()), byDefault.parts().stream().map(PaymentRow.Part::invoiceId).toList(),
                "after the credit's 14.40 on the older invoice, 21.20 there and the rest on the newer one");
        assertEquals(new BigDecimal("21.20"), byDefault.parts().get(0).amount());
        assertEquals(0, asStaff.call(() -> payments.statement(family.householdId())).credit().signum(), "the credit went first");
    }

    @Test
    void theSamePaymentTypedOnANewFormWithinMinutesIsTakenForARepeat() throws Exception {
        InvoiceFixture.Family family = family("REPRISE");
        issue(family, clock.month().minusMonths(1));
        asStaff.call(() -> payments.record(family.householdId(), cash("12.00"), null, STAFF, "form-1"));

        ActionRefused repeated = assertThrows(ActionRefused.class,
                () -> asStaff.call(() -> payments.record(family.householdId(), cash("12.00"), null, STAFF, "form-2")));

        assertEquals("payments.repeated", repeated.messageKey(), "the form reloaded after Back and posted again");
        PaymentDetails said = new PaymentDetails(PaymentMethod.ESPECES, new BigDecimal("12.00"), clock.today(), null, null, null,
                "second paiement");
        asStaff.call(() -> payments.record(family.householdId(), said, null, STAFF, "form-3"));
        assertEquals(2, asStaff.call(() -> payments.statement(family.householdId())).payments().size(), "a second one said so is recorded");
    }

    @Test
    void concurrentPaymentsNeverPayAnInvoiceBeyondItsTotal() throws Exception {
        InvoiceFixture.Family family = family("CONCURRENTS");
        Invoice invoice = issue(family, clock.month().minusMonths(1));
        int counters = 8;
        ExecutorService staff = Executors.newFixedThreadPool(counters);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentRow>> recorded = new ArrayList<>();
        try {
            for (int i = 0; i < counters; i++) {
                recorded.add(staff.submit(() -> {
                    start.await();
                    return asStaff.call(() -> payments.record(family.householdId(), cash("10.00"), null, STAFF, null));
                }));
            }
            start.countDown();
            for (Future<PaymentRow> payment : recorded) {
                payment.get(60, TimeUnit.SECONDS);
            }
        } finally {
            staff.shutdownNow();
        }

        PaymentStatement statement = asStaff.call(() -> payments.statement(family.householdId()));
        BigDecimal allocated = statement.payments().stream().flatMap(payment -> payment.parts().stream())
                .filter(part -> part.invoiceId() == invoice.getId()).map(PaymentRow.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(INVOICE, allocated, "exactly its total, never more");
        assertEquals(new BigDecimal("44.40"), statement.credit(), "the rest of 80.00 is credit");
        assertEquals(Map.of(invoice.getNumber(), InvoiceStatus.PAID), statuses(family));
    }

    @Test
    void unpaidInvoicesAreListedWithTheirAge() throws Exception {
        InvoiceFixture.Family family = family("RETARD");
        Invoice invoice = issue(family, clock.month().minusMonths(1));

        UnpaidInvoice unpaid = asStaff.call(() -> payments.unpaidByAge()).stream()
                .filter(row -> row.invoiceId() == invoice.getId()).findFirst().orElseThrow();

        assertEquals(INVOICE, unpaid.due());
        assertTrue(unpaid.householdName().startsWith("Famille RETARD"), unpaid.householdName());
        assertEquals(0, unpaid.days());
        assertEquals("30", unpaid.getAge());
    }

    private Map<String, InvoiceStatus> statuses(InvoiceFixture.Family family) throws Exception {
        List<InvoiceRow> rows = asStaff.call(() -> invoices.accountOf(family.householdId())).getInvoices();
        return rows.stream().collect(Collectors.toMap(InvoiceRow::getNumber, InvoiceRow::getStatus));
    }

    private String anonymisationHold(InvoiceFixture.Family family) throws Exception {
        transaction.begin();
        try {
            return householdPayments.anonymisationHolds(List.of(family.householdId())).get(family.householdId());
        } finally {
            transaction.commit();
        }
    }

    private String export(InvoiceFixture.Family family) throws Exception {
        transaction.begin();
        try {
            return householdPayments.export(family.householdId()).toString();
        } finally {
            transaction.commit();
        }
    }

    private InvoiceFixture.Family family(String name) throws Exception {
        return InvoiceFixture.create(em, transaction, name + " " + System.nanoTime() % 1_000_000, clock.now());
    }

    private Invoice issue(InvoiceFixture.Family family, YearMonth month) throws Exception {
        return InvoiceFixture.issue(em, transaction, numbering, family, month, clock.today(), clock.now());
    }

    private PaymentDetails cheque(String amount) {
        return new PaymentDetails(PaymentMethod.CHEQUE, new BigDecimal(amount), clock.today(), "DURAND Jérémy", "0012345", "La Poste", null);
    }

    private PaymentDetails cash(String amount) {
        return details(PaymentMethod.ESPECES, amount);
    }

    private PaymentDetails details(PaymentMethod method, String amount) {
        return new PaymentDetails(method, new BigDecimal(amount), clock.today(), null, null, null, null);
    }
}
