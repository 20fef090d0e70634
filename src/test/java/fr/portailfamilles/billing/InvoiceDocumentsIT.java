package fr.portailfamilles.billing;

import fr.portailfamilles.billing.boundary.HouseholdAccount;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.boundary.InvoiceDocument;
import fr.portailfamilles.billing.boundary.InvoiceNotices;
import fr.portailfamilles.billing.boundary.InvoicePdfs;
import fr.portailfamilles.billing.boundary.InvoiceRow;
import fr.portailfamilles.billing.boundary.InvoiceSearch;
import fr.portailfamilles.billing.boundary.Invoices;
import fr.portailfamilles.billing.control.HouseholdInvoices;
import fr.portailfamilles.billing.control.InvoiceAnonymiser;
import fr.portailfamilles.billing.control.InvoiceStatus;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceFile;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.billing.entity.InvoiceLine;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.household.boundary.PersonalDataExport;
import fr.portailfamilles.household.control.HouseholdAnonymiser;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import fr.portailfamilles.testing.PdfText;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice documents on a real server: a credit note numbered next in the series cancels an invoice and both stay;
 * the PDF is kept as first drawn; the family is told once by e-mail; a household that owes money is held back from
 * anonymisation, and an anonymised household's invoices keep the names until the accounting retention ends.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceDocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(InvoiceDocumentsIT.class, InvoiceFixture.class, InvoiceFixture.Family.class, InvoicePdfTest.class,
                AsStaff.class, AsParent.class).addAsLibraries(Mailbox.library());
    }

    private static final String STAFF = "accueil@exemple.fr";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    InvoiceCounters numbering;

    @Inject
    Invoices invoices;

    @Inject
    InvoicePdfs pdfs;

    @Inject
    InvoiceNotices notices;

    @Inject
    HouseholdInvoices householdInvoices;

    @Inject
    InvoiceAnonymiser invoiceAnonymiser;

    @Inject
    HouseholdAnonymiser householdAnonymiser;

    @Inject
    PersonalDataExport export;

    @Inject
    AsStaff asStaff;

    @Inject
    AsParent asParent;

    @Inject
    Clock clock;

    @Test
    void aCreditNoteNumberedNextCancelsTheInvoiceAndBothStayListedWithOppositeAmounts() throws Exception {
        InvoiceFixture.Family family = family("AVOIR");
        Invoice invoice = issue(family, clock.month().minusMonths(1));

        InvoiceRow creditNote = asStaff.call(() -> invoices.cancel(invoice.getId(), STAFF));

        Invoice kept = em.find(Invoice.class, creditNote.getId());
        assertEquals(InvoiceKind.CREDIT_NOTE, kept.getKind());
        assertEquals(invoice.getId(), kept.getCancelsId(), "the credit note references the invoice it cancels");
        assertEquals(new InvoiceNumber(invoice.getYear(), invoice.getSequence() + 1).text(), kept.getNumber(),
                "the next number of the same series, no gap");
        assertEquals(invoice.getTotal().negate(), kept.getTotal());
        assertEquals(invoice.getLines().size(), kept.getLines().size());
        for (int i = 0; i < kept.getLines().size(); i++) {
            InvoiceLine line = kept.getLines().get(i);
            assertEquals(invoice.getLines().get(i).getAmount().negate(), line.getAmount(), "each line reversed");
            assertEquals(invoice.getLines().get(i).getSourceKey(), line.getSourceKey(), "the ledger sees the key credited");
        }

        List<InvoiceRow> listed = asStaff.call(() -> invoices.search(new InvoiceSearch(null, null, family.billedName()), 0, 10, "number", true));
        assertEquals(List.of(kept.getNumber(), invoice.getNumber()), listed.stream().map(InvoiceRow::getNumber).toList(),
                "both kept, latest first");
        assertEquals(List.of(InvoiceStatus.CREDIT_NOTE, InvoiceStatus.CANCELLED), listed.stream().map(InvoiceRow::getStatus).toList());
        assertEquals("Famille " + familyName(family), listed.get(0).getHouseholdName());
        assertEquals(List.of(invoice.getNumber()), asStaff.call(() -> invoices.search(
                new InvoiceSearch(invoice.getMonth(), InvoiceSearch.Listed.CANCELLED, family.billedName()), 0, 10, "number", true))
                .stream().map(InvoiceRow::getNumber).toList(), "the filters");
        assertEquals(1L, asStaff.call(() -> invoices.count(new InvoiceSearch(null, InvoiceSearch.Listed.CREDIT_NOTES, family.billedName()))));
        assertEquals(0L, asStaff.call(() -> invoices.count(new InvoiceSearch(null, InvoiceSearch.Listed.IN_FORCE, family.billedName()))));
        HouseholdAccount account = asStaff.call(() -> invoices.accountOf(family.householdId()));
        assertEquals(2, account.getInvoices().size());
        assertEquals(0, account.getInvoiced().signum(), "the invoice less its credit note");

        ActionRefused again = assertThrows(ActionRefused.class, () -> asStaff.call(() -> invoices.cancel(invoice.getId(), STAFF)));
        assertEquals("invoices.cancel.already", again.messageKey());
        ActionRefused creditNoteRefused = assertThrows(ActionRefused.class, () -> asStaff.call(() -> invoices.cancel(kept.getId(), STAFF)));
        assertEquals("invoices.cancel.creditNote", creditNoteRefused.messageKey());
    }

    @Test
    void thePdfIsKeptAsFirstDrawnServedAsKeptAndOnlyToItsOwnHousehold() throws Exception {
        InvoiceFixture.Family family = family("PDF");
        InvoiceFixture.Family other = family("AUTRE PDF");
        Invoice invoice = issue(family, clock.month().minusMonths(1));

        InvoiceDocument first = asParent.call(() -> pdfs.forParent(invoice.getId(), family.householdId())).orElseThrow();
        Instant kept = em.find(InvoiceFile.class, invoice.getId()).getGeneratedAt();
        InvoiceDocument again = asStaff.call(() -> pdfs.forStaff(invoice.getId())).orElseThrow();

        assertEquals("facture-" + invoice.getNumber() + ".pdf", first.fileName());
        assertArrayEquals(first.content(), again.content());
        assertEquals(kept, em.find(InvoiceFile.class, invoice.getId()).getGeneratedAt(), "served as kept, not drawn again");
        String text = PdfText.of(first.content());
        assertTrue(text.contains("N° " + invoice.getNumber()), text);
        assertTrue(text.contains(family.billedName()), text);
        assertEquals(Optional.empty(), asParent.call(() -> pdfs.forParent(invoice.getId(), other.householdId())),
                "another household's invoice is not found");

        asStaff.call(() -> {
            pdfs.regenerate(invoice.getId(), STAFF);
            return null;
        });
        assertNotEquals(kept, em.find(InvoiceFile.class, invoice.getId()).getGeneratedAt(), "drawn again on demand");
        assertArrayEquals(first.content(), asStaff.call(() -> pdfs.forStaff(invoice.getId())).orElseThrow().content(),
                "nothing changed, the same bytes");
    }

    @Test
    void theBilledGuardianIsToldOnceThatTheInvoiceIsAvailableAndWhenOneIsCancelled() throws Exception {
        InvoiceFixture.Family family = family("COURRIEL");
        Invoice invoice = issue(family, clock.month().minusMonths(1));
        Invoice cancelled = issue(family, clock.month().minusMonths(2));

        try (Mailbox mailbox = Mailbox.start()) {
            InvoiceRow creditNote = asStaff.call(() -> invoices.cancel(cancelled.getId(), STAFF));
            String cancelledBody = Mailbox.body(mailbox.await(family.email(), "Votre facture " + cancelled.getNumber() + " a été annulée"));
            assertTrue(cancelledBody.contains(creditNote.getNumber()) && cancelledBody.contains("sur papier")
                            && !cancelledBody.contains("portail/factures.xhtml"),
                    "the family is told of the credit note, and, without portal access, how to get it: " + cancelledBody);

            assertEquals(1, asStaff.call(() -> notices.tell(List.of(invoice.getId(), creditNote.getId()))), "an invoice, not a credit note");
            assertEquals(0, asStaff.call(() -> notices.tell(List.of(invoice.getId()))), "a rerun tells nobody twice");

            String body = Mailbox.body(mailbox.await(family.email(), "Votre facture est disponible"));
            assertTrue(body.contains(invoice.getNumber()), body);
            assertTrue(body.contains("Mes factures"), body);
            assertEquals(2, mailbox.count(family.email()), "the cancellation, then the invoice available");
        }
    }

    @Test
    void aHouseholdThatOwesMoneyIsHeldAndItsInvoicesKeepTheNamesUntilTheAccountingRetentionEnds() throws Exception {
        Instant longAgo = clock.now().minus(Duration.ofDays(5 * 365));
        InvoiceFixture.Family family = InvoiceFixture.create(em, transaction, "RETENUE " + suffix(), longAgo);
        Invoice old = issue(family, clock.month().minusMonths(1));
        Invoice recent = issue(family, clock.month().minusMonths(2));
        backdate(old.getId(), clock.today().minusYears(11));
        backdate(recent.getId(), clock.today().minusYears(4));
        Instant retentionStart = clock.now().minus(Duration.ofDays(3 * 365));

        assertEquals(Map.of(family.householdId(), HouseholdInvoices.UNPAID), inTransaction(() ->
                householdInvoices.anonymisationHolds(List.of(family.householdId()))), "no payment recorded: unpaid");
        assertEquals(Optional.of(HouseholdInvoices.UNPAID), inTransaction(() ->
                householdAnonymiser.anonymise(family.householdId(), retentionStart, STAFF)));

        for (Invoice invoice : List.of(old, recent)) {
            backdate(asStaff.call(() -> invoices.cancel(invoice.getId(), STAFF)).getId(), clock.today().minusYears(4));
        }
        assertEquals(Map.of(), inTransaction(() -> householdInvoices.anonymisationHolds(List.of(family.householdId()))),
                "nothing owed once cancelled");
        JsonObject exported = asStaff.call(() -> export.of(family.householdId(), STAFF));
        assertEquals(4, exported.getJsonArray("invoices").size(), exported.toString());
        assertTrue(exported.getJsonArray("invoices").toString().contains(old.getNumber()), exported.toString());

        assertEquals(Optional.empty(), inTransaction(() -> householdAnonymiser.anonymise(family.householdId(), retentionStart, STAFF)));

        em.clear();
        Invoice anonymised = em.find(Invoice.class, old.getId());
        assertEquals(InvoiceAnonymiser.ANONYMOUS, anonymised.getBilledName(), "issued eleven years ago: retention over");
        assertEquals(InvoiceAnonymiser.ANONYMOUS, anonymised.getBilledAddress());
        assertTrue(anonymised.getLines().stream().allMatch(line -> InvoiceAnonymiser.ANONYMOUS.equals(line.getChildName())));
        assertEquals(family.billedName(), em.find(Invoice.class, recent.getId()).getBilledName(), "four years ago: kept as issued");

        LocalDate sevenYearsOn = clock.today().plusYears(7);
        inTransaction(() -> invoiceAnonymiser.anonymiseExpired(sevenYearsOn, 10));
        em.clear();
        assertEquals(InvoiceAnonymiser.ANONYMOUS, em.find(Invoice.class, recent.getId()).getBilledName(), "its retention over in turn");
    }

    @Test
    void numbersComeFromTheYearsCounterAndARolledBackNumberIsGivenAgain() throws Exception {
        int year = 2900 + (int) (System.nanoTime() % 90);
        transaction.begin();
        InvoiceNumber first = numbering.next(year);
        InvoiceNumber second = numbering.next(year);
        transaction.rollback();
        transaction.begin();
        InvoiceNumber again = numbering.next(year);
        transaction.rollback();

        assertEquals(new InvoiceNumber(year, 1), first, "a new year opens its series");
        assertEquals(new InvoiceNumber(year, 2), second);
        assertEquals(first, again, "the rolled-back numbers were given back");
    }

    private InvoiceFixture.Family family(String name) throws Exception {
        return InvoiceFixture.create(em, transaction, name + " " + suffix(), clock.now());
    }

    private Invoice issue(InvoiceFixture.Family family, YearMonth month) throws Exception {
        return InvoiceFixture.issue(em, transaction, numbering, family, month, clock.today(), clock.now());
    }

    /** The invoice as if issued that day (its number stays this year's). */
    private void backdate(long invoiceId, LocalDate day) throws Exception {
        transaction.begin();
        em.createQuery("update Invoice i set i.issuedOn = :day, i.issuedAt = :at where i.id = :id").setParameter("day", day)
                .setParameter("at", day.atTime(12, 0).atZone(ParisTime.ZONE).toInstant())
                .setParameter("id", invoiceId).executeUpdate();
        transaction.commit();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.commit();
        }
    }

    private static String familyName(InvoiceFixture.Family family) {
        return family.billedName().substring(family.billedName().indexOf(' ') + 1);
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000);
    }
}
