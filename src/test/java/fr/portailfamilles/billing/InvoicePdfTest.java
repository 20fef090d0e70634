package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.InvoicePdf;
import fr.portailfamilles.billing.control.InvoiceSheet;
import fr.portailfamilles.billing.entity.BilledTo;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import fr.portailfamilles.platform.control.Letterhead;
import fr.portailfamilles.testing.PdfText;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invoice PDF as a family reads it, and the same bytes each time it is drawn. */
class InvoicePdfTest {

    /** Text extraction may add a space beside the no-break spaces of amounts: "1 234,50 €" is matched on words. */
    private static final String NBSP = " ";
    private static final Letterhead CENTRE = new Letterhead("Accueil de loisirs Les P'tits Loups", "2 allée des Écoliers",
            "37250", "Montbazon", "02 47 00 00 00", "accueil@ptits-loups.test");
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 2);

    @Test
    void anInvoiceShowsTheCentreTheGuardianTheLinesPerChildTheTotalAndHowToPay() throws Exception {
        String text = words(new InvoicePdf().render(sheet(invoice(), Optional.empty())));

        for (String expected : List.of("Accueil de loisirs Les P'tits Loups", "2 allée des Écoliers", "37250 Montbazon",
                "Tél. 02 47 00 00 00", "accueil@ptits-loups.test", "FACTURE", "N° 2026-17", "Date : 02/11/2026",
                "Période facturée : octobre 2026", "Dossier famille n° 42", "Facturé à", "Julie MARTIN", "12 rue des Lilas",
                "37250 Montbazon", "07/10/2026", "Journée", "REPAS", "3,80" + NBSP + "€", "-10" + NBSP + "%", "12,60" + NBSP + "€",
                "Régularisation de septembre 2026", "-8,00" + NBSP + "€", "Sous-total Léa MARTIN", "Sous-total Tom MARTIN",
                "Total à payer", "1" + NBSP + "234,50" + NBSP + "€", "Référence à rappeler avec votre paiement : 2026-17",
                "Payer en ligne", "Régie de l’accueil de loisirs", "en espèces", "FACTURE n° 2026-17 – page 1")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
        assertTrue(text.indexOf("Sous-total Léa MARTIN") < text.indexOf("Sous-total Tom MARTIN"), "children by name, each with its lines");
        assertTrue(text.indexOf("Régularisation de septembre 2026") > text.indexOf("Journée"),
                "the earlier month's lines come after the month's own");
        assertFalse(text.contains("Déjà réglé"), "no payment known, nothing said about one:\n" + text);
    }

    @Test
    void theCentresLogoAndSecondAddressLineAreInTheHeaderWhenItHasThem() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", png);
        Letterhead withLogo = new Letterhead(CENTRE.name(), CENTRE.addressLine(), "Bâtiment B", CENTRE.postcode(), CENTRE.town(),
                CENTRE.phone(), CENTRE.email(), png.toByteArray());
        byte[] pdf = new InvoicePdf().render(new InvoiceSheet(invoice(), withLogo, Optional.empty(), Optional.empty(), Optional.empty()));

        String text = words(pdf);
        assertTrue(text.indexOf("2 allée des Écoliers") < text.indexOf("Bâtiment B")
                && text.indexOf("Bâtiment B") < text.indexOf("37250 Montbazon"), text);
        assertEquals(1, images(pdf), "the logo drawn as an image");
        assertEquals(0, images(new InvoicePdf().render(sheet(invoice(), Optional.empty()))), "no image without a logo");
    }

    @Test
    void whenPaymentsAreKnownTheInvoiceSaysWhatWasPaidAndWhatIsStillDue() throws Exception {
        String text = words(new InvoicePdf().render(sheet(invoice(), Optional.of(new BigDecimal("1000.00")))));

        assertTrue(text.contains("Déjà réglé"), text);
        assertTrue(text.contains("1" + NBSP + "000,00" + NBSP + "€"), text);
        assertTrue(text.contains("Reste à payer"), text);
        assertTrue(text.contains("234,50" + NBSP + "€"), text);
        assertFalse(text.contains("Total à payer"), text);
    }

    @Test
    void aCreditNoteSaysWhichInvoiceItCancelsAndAsksForNothing() throws Exception {
        Invoice invoice = invoice();
        Invoice creditNote = invoice.cancelledBy(new InvoiceNumber(2026, 18), ISSUED_ON.plusDays(3), Instant.parse("2026-11-05T09:00:00Z"));

        String text = words(new InvoicePdf().render(new InvoiceSheet(creditNote, CENTRE, Optional.of(invoice), Optional.empty(),
                Optional.empty())));

        for (String expected : List.of("AVOIR", "N° 2026-18", "Date : 05/11/2026", "Cet avoir annule la facture n° 2026-17 du 02/11/2026.",
                "Julie MARTIN", "Montant de l’avoir", "-1" + NBSP + "234,50" + NBSP + "€", "-12,60" + NBSP + "€")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
        assertFalse(text.contains("Comment régler"), text);
        assertFalse(text.contains("à payer"), text);
    }

    @Test
    void theSameSheetGivesTheSameBytesWhenDrawnAgain() throws Exception {
        byte[] first = new InvoicePdf().render(sheet(invoice(), Optional.empty()));
        Thread.sleep(1100);
        byte[] again = new InvoicePdf().render(sheet(invoice(), Optional.empty()));

        assertArrayEquals(first, again, "no drawing date nor random identifier in the file");
    }

    private static long images(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfDictionary objects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        return objects == null ? 0 : objects.getKeys().stream()
                .filter(key -> PdfName.IMAGE.equals(((PdfDictionary) reader.getPdfObject(objects.get((PdfName) key))).get(PdfName.SUBTYPE)))
                .count();
    }

    private static String words(byte[] pdf) throws Exception {
        return PdfText.of(pdf).replace('\u00a0', ' ').replaceAll(" +", " ");
    }

    static InvoiceSheet sheet(Invoice invoice, Optional<BigDecimal> received) {
        return new InvoiceSheet(invoice, CENTRE, Optional.empty(), Optional.empty(), received);
    }

    /** October 2026 for two children, with a sibling reduction, a meal and a regularisation of September in the family's favour. */
    static Invoice invoice() {
        LocalDate wednesday = LocalDate.of(2026, 10, 7);
        List<Charge> charges = Arrays.asList(
                charge(2, "Tom MARTIN", wednesday, ChargeKind.UNIT, "Journée", "14.00", "10"),
                charge(1, "Léa MARTIN", wednesday, ChargeKind.UNIT, "Journée", "14.00", null),
                charge(1, "Léa MARTIN", wednesday, ChargeKind.SERVICE, "REPAS", "3.80", null),
                new Charge(42, 1, "Léa MARTIN", LocalDate.of(2026, 9, 23), ChargeKind.UNIT, 5, "Matin", new BigDecimal("8.00"),
                        BigDecimal.ZERO, new BigDecimal("-8.00"), "booking:900"),
                charge(2, "Tom MARTIN", LocalDate.of(2026, 10, 21), ChargeKind.UNIT, "Séjour été", "1212.10", null));
        return Invoice.issue(new InvoiceNumber(2026, 17), YearMonth.of(2026, 10), 42, billedTo(), ISSUED_ON,
                Instant.parse("2026-11-02T02:00:00Z"), charges, 1L);
    }

    static BilledTo billedTo() {
        return new BilledTo(7, "Julie MARTIN", "12 rue des Lilas\n37250 Montbazon");
    }

    static Charge charge(long childId, String child, LocalDate date, ChargeKind kind, String label, String price, String reduction) {
        return Charge.of(42, childId, child, date, kind, label.hashCode(), label, new BigDecimal(price),
                reduction == null ? null : new BigDecimal(reduction), "booking:" + childId + date + label);
    }
}
