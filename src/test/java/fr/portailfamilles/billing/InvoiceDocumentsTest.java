package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.HouseholdBalance;
import fr.portailfamilles.billing.control.InvoiceMail;
import fr.portailfamilles.billing.control.InvoiceStatus;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.platform.boundary.MailMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where an invoice stands, what a household owes, and the e-mail that tells a family its invoice is there. */
class InvoiceDocumentsTest {

    private static final BigDecimal TOTAL = new BigDecimal("36.60");

    @Test
    void anInvoiceIsDueUntilAPaymentSaysOtherwise() {
        assertEquals(InvoiceStatus.DUE, InvoiceStatus.of(InvoiceKind.INVOICE, TOTAL, false, null), "no payments recorded anywhere");
        assertEquals(InvoiceStatus.DUE, InvoiceStatus.of(InvoiceKind.INVOICE, TOTAL, false, BigDecimal.ZERO));
        assertEquals(InvoiceStatus.PARTLY_PAID, InvoiceStatus.of(InvoiceKind.INVOICE, TOTAL, false, new BigDecimal("10.00")));
        assertEquals(InvoiceStatus.PAID, InvoiceStatus.of(InvoiceKind.INVOICE, TOTAL, false, TOTAL));
        assertEquals(InvoiceStatus.CANCELLED, InvoiceStatus.of(InvoiceKind.INVOICE, TOTAL, true, null));
        assertEquals(InvoiceStatus.NOTHING_DUE, InvoiceStatus.of(InvoiceKind.INVOICE, new BigDecimal("-8.00"), false, null),
                "a month of regularisations in the family's favour");
        assertEquals(InvoiceStatus.CREDIT_NOTE, InvoiceStatus.of(InvoiceKind.CREDIT_NOTE, TOTAL.negate(), false, null));
    }

    @Test
    void aHouseholdOwesWhatItWasInvoicedLessItsCreditNotesAndWhatItPaid() {
        HouseholdBalance cancelled = new HouseholdBalance(TOTAL.add(TOTAL.negate()), Optional.empty());
        assertFalse(cancelled.owesMoney(), "an invoice and its credit note");
        assertTrue(new HouseholdBalance(TOTAL, Optional.empty()).owesMoney(), "no payment known: the invoice is unpaid");
        assertFalse(new HouseholdBalance(TOTAL, Optional.of(TOTAL)).owesMoney());
        assertEquals(new BigDecimal("26.60"), new HouseholdBalance(TOTAL, Optional.of(new BigDecimal("10.00"))).due());
    }

    @Test
    void theEMailNamesTheInvoiceAndLinksToMesFactures() {
        MailMessage linked = InvoiceMail.available(InvoicePdfTest.invoice(), "julie@exemple.fr", "Julie MARTIN",
                "https://familles.exemple.fr/", true);
        assertEquals("julie@exemple.fr", linked.recipient());
        assertEquals("Votre facture est disponible", linked.subject());
        assertTrue(linked.body().contains("Bonjour Julie MARTIN"), linked.body());
        assertTrue(linked.body().contains("n° 2026-17"), linked.body());
        assertTrue(linked.body().contains("octobre 2026"), linked.body());
        assertTrue(linked.body().contains("1\u00a0234,50\u00a0€"), linked.body());
        assertTrue(linked.body().contains("Mes factures et paiements › Mes factures"), linked.body());
        assertTrue(linked.body().contains("https://familles.exemple.fr/portail/factures.xhtml"), linked.body());
    }

    @Test
    void aGuardianWithoutAccessIsToldHowToGetItRatherThanGivenALinkTheyCannotOpen() {
        MailMessage told = InvoiceMail.available(InvoicePdfTest.invoice(), "paul@exemple.fr", "Paul MARTIN",
                "https://familles.exemple.fr/", false);
        assertFalse(told.body().contains("https://"), told.body());
        assertTrue(told.body().contains("demandez-le à l’accueil de loisirs"), told.body());
    }
}
