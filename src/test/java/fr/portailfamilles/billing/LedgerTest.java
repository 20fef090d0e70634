package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.BilledLine;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.Ledger;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a run bills per source key: what the charges expect now, less what invoices already billed. */
class LedgerTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aFirstRunBillsEveryChargeAsItIs() {
        List<Charge> expected = List.of(charge("booking:2", OCTOBER.atDay(14), "12.00"), charge("booking:1", OCTOBER.atDay(7), "12.00"));

        assertEquals(List.of("2026-10-07 booking:1 12.00", "2026-10-14 booking:2 12.00"), lines(Ledger.toBill(expected, List.of())));
    }

    @Test
    void whatWasBilledIsNotBilledAgain() {
        List<Charge> expected = List.of(charge("booking:1", OCTOBER.atDay(7), "12.00"));

        assertEquals(List.of(), Ledger.toBill(expected, List.of(billed("booking:1", OCTOBER.atDay(7), "12.00"))));
    }

    @Test
    void aChargeNoLongerExpectedIsCreditedWithWhatItsLineSaid() {
        List<Charge> toBill = Ledger.toBill(List.of(), List.of(billed("booking:1", OCTOBER.atDay(7), "12.00")));

        assertEquals(List.of("2026-10-07 booking:1 -12.00"), lines(toBill));
        assertEquals("Journée", toBill.get(0).label());
        assertEquals(new BigDecimal("12.00"), toBill.get(0).unitPrice());
    }

    @Test
    void aChargeNowPricedOtherwiseIsCorrectedByTheDifference() {
        List<Charge> expected = List.of(charge("booking:1", OCTOBER.atDay(7), "10.00"));

        List<Charge> toBill = Ledger.toBill(expected, List.of(billed("booking:1", OCTOBER.atDay(7), "12.00")));

        assertEquals(List.of("2026-10-07 booking:1 -2.00"), lines(toBill));
        assertEquals(new BigDecimal("10.00"), toBill.get(0).unitPrice());
    }

    @Test
    void aCancelledInvoiceIsBilledAgainWhileItsChargesAreStillDue() {
        List<Charge> expected = List.of(charge("booking:1", OCTOBER.atDay(7), "12.00"));
        List<BilledLine> invoiceThenCreditNote = List.of(billed("booking:1", OCTOBER.atDay(7), "12.00"), billed("booking:1", OCTOBER.atDay(7), "-12.00"));

        assertEquals(List.of("2026-10-07 booking:1 12.00"), lines(Ledger.toBill(expected, invoiceThenCreditNote)));
    }

    @Test
    void regularisationsOfEarlierMonthsComeBeforeTheMonthsOwnLines() {
        List<Charge> expected = List.of(charge("booking:9", NOVEMBER.atDay(4), "12.00"), charge("booking:2", OCTOBER.atDay(14), "6.00"));
        List<BilledLine> billed = List.of(billed("booking:1", OCTOBER.atDay(7), "12.00"), billed("booking:2", OCTOBER.atDay(14), "12.00"));

        assertEquals(List.of("2026-10-07 booking:1 -12.00", "2026-10-14 booking:2 -6.00", "2026-11-04 booking:9 12.00"),
                lines(Ledger.toBill(expected, billed)));
    }

    private static Charge charge(String key, LocalDate date, String price) {
        return Charge.of(1, 10, "Léa MARTIN", date, ChargeKind.UNIT, 3, "Journée", new BigDecimal(price), BigDecimal.ZERO, key);
    }

    private static BilledLine billed(String key, LocalDate date, String amount) {
        return new BilledLine(1, key, YearMonth.from(date), 10, "Léa MARTIN", date, ChargeKind.UNIT, 3, "Journée", new BigDecimal("12.00"),
                new BigDecimal("0.00"), new BigDecimal(amount));
    }

    private static List<String> lines(List<Charge> charges) {
        return charges.stream().map(c -> c.date() + " " + c.sourceKey() + " " + c.amount()).toList();
    }
}
