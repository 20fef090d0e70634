package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.InvoicePdf;
import fr.portailfamilles.billing.control.InvoiceSheet;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The time to draw a month's invoice of forty lines (two children, twenty days), after a warm-up: its median and
 * slowest of 50 drawings. Not part of the suite (a figure depends on the machine): run by bench/invoice-pdf.
 * Target on a 2-core machine: a median under 100 ms, so that a monthly run of 10,000 invoices spends minutes, not
 * hours, drawing them.
 */
class InvoicePdfBench {

    @Test
    void aMonthOfFortyLines() {
        List<Charge> charges = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            charges.add(InvoicePdfTest.charge(1, "Léa MARTIN", LocalDate.of(2026, 10, day), ChargeKind.UNIT, "Journée", "14.00", null));
            charges.add(InvoicePdfTest.charge(2, "Tom MARTIN", LocalDate.of(2026, 10, day), ChargeKind.SERVICE, "REPAS", "3.80", null));
        }
        Invoice invoice = Invoice.issue(new InvoiceNumber(2026, 19), YearMonth.of(2026, 10), 42, InvoicePdfTest.billedTo(),
                InvoicePdfTest.ISSUED_ON, Instant.parse("2026-11-02T02:00:00Z"), charges, 1L);
        InvoiceSheet sheet = InvoicePdfTest.sheet(invoice, Optional.empty());
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            new InvoicePdf().render(sheet);
        }
        long[] millis = new long[50];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            new InvoicePdf().render(sheet);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("Invoice PDF, 40 lines: median %d ms, slowest %d ms (%d drawings)%n",
                millis[millis.length / 2], millis[millis.length - 1], millis.length);
    }
}
