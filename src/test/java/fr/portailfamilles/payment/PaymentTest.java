package fr.portailfamilles.payment;

import fr.portailfamilles.payment.control.AllocationRules;
import fr.portailfamilles.payment.control.CounterPaymentRules;
import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.payment.entity.PaymentDetails;
import fr.portailfamilles.payment.entity.PaymentMethod;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.control.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A payment's own rules: what the counter must say, allocation within its amount, cancellation keeping it. */
class PaymentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
    private static final Instant NOW = Instant.parse("2026-10-05T08:00:00Z");

    @Test
    void aChequeNeedsItsNumberAndOnlyAChequeKeepsChequeDetails() {
        assertEquals("payments.cheque.numberRequired", refusal(details(PaymentMethod.CHEQUE, "30", TODAY, " ", "Banque")));
        PaymentDetails cash = CounterPaymentRules.checked(details(PaymentMethod.ESPECES, "30", TODAY, "123", "Banque"), TODAY);
        assertNull(cash.chequeNumber());
        assertNull(cash.chequeBank());
        PaymentDetails cheque = CounterPaymentRules.checked(details(PaymentMethod.CHEQUE, "30", TODAY, " 0012345 ", "La Poste"), TODAY);
        assertEquals("0012345", cheque.chequeNumber());
        assertEquals(new BigDecimal("30.00"), cheque.amount());
    }

    @Test
    void theCounterRecordsNeitherPayfipNorAFutureDayNorAnOversizedText() {
        assertEquals("payments.method.required", refusal(details(PaymentMethod.PAYFIP, "30", TODAY, null, null)));
        assertEquals("payments.method.required", refusal(details(null, "30", TODAY, null, null)));
        assertEquals("payments.date.future", refusal(details(PaymentMethod.ESPECES, "30", TODAY.plusDays(1), null, null)));
        assertEquals("payments.date.required", refusal(details(PaymentMethod.ESPECES, "30", null, null, null)));
        assertEquals("payments.amount.decimals", refusal(details(PaymentMethod.ESPECES, "30.001", TODAY, null, null)));
        assertEquals("payments.note.tooLong", refusal(new PaymentDetails(PaymentMethod.ESPECES, new BigDecimal("1"), TODAY, null, null,
                null, "x".repeat(501))));
    }

    @Test
    void anAmountAbovePayfipsMaximumAndADayMoreThanAYearAgoAreRefusedInFrench() {
        assertEquals(new BigDecimal("100000.00"), CounterPaymentRules.checked(details(PaymentMethod.ESPECES, "100000", TODAY, null, null), TODAY).amount());
        for (String amount : new String[]{"100000.01", "1000000000", "10000000000", "1" + "0".repeat(400)}) {
            assertEquals("payments.amount.tooLarge", refusal(details(PaymentMethod.ESPECES, amount, TODAY, null, null)), amount);
        }
        String tooLarge = Texts.french("payments.amount.tooLarge", Euros.format(AllocationRules.MAXIMUM));
        assertEquals("Lemontantd’unpaiementestauplus100000,00€.", tooLarge.replaceAll("[\\s\u00a0\u202f]", ""), tooLarge);
        assertEquals(TODAY.minusYears(1), CounterPaymentRules.checked(details(PaymentMethod.ESPECES, "1", TODAY.minusYears(1), null, null), TODAY)
                .receivedOn());
        assertEquals("payments.date.tooOld", refusal(details(PaymentMethod.ESPECES, "1", TODAY.minusYears(1).minusDays(1), null, null)));
        assertEquals("payments.date.tooOld", refusal(details(PaymentMethod.ESPECES, "1", LocalDate.of(1900, 1, 1), null, null)));
        assertTrue(Texts.french("payments.date.tooOld", "05/10/2025").contains("plus d’un an"));
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
        PaymentDetails typed = new PaymentDetails(PaymentMethod.CHEQUE, new BigDecimal("-5"), LocalDate.of(1900, 1, 1), "x".repeat(256),
                null, "x".repeat(101), "x".repeat(501));

        assertEquals(List.of("amount payments.amount.positive", "receivedOn payments.date.tooOld", "chequeNumber payments.cheque.numberRequired",
                        "payerName payments.payer.tooLong", "chequeBank payments.cheque.bank.tooLong", "note payments.note.tooLong"),
                CounterPaymentRules.problems(typed, TODAY).stream().map(problem -> problem.field() + " " + problem.messageKey()).toList());
    }

    @Test
    void aPaymentIsNeverAllocatedBeyondItsAmountAndItsCreditIsTheRest() {
        Payment payment = new Payment(1, details(PaymentMethod.ESPECES, "50.00", TODAY, null, null), "accueil", NOW);
        payment.allocate(10, new BigDecimal("30.00"), NOW, "accueil");

        assertEquals(new BigDecimal("20.00"), payment.unallocated());
        assertThrows(IllegalArgumentException.class, () -> payment.allocate(11, new BigDecimal("20.01"), NOW, "accueil"));
        assertThrows(IllegalArgumentException.class, () -> payment.allocate(11, BigDecimal.ZERO, NOW, "accueil"));
    }

    @Test
    void aCancelledPaymentStaysWithItsReasonAndNoLongerCounts() {
        Payment payment = new Payment(1, details(PaymentMethod.CHEQUE, "50.00", TODAY, "42", "Banque"), "accueil", NOW);
        payment.allocate(10, new BigDecimal("30.00"), NOW, "accueil");

        payment.cancel("accueil", NOW, "Chèque rejeté");

        assertTrue(payment.isCancelled());
        assertEquals("Chèque rejeté", payment.getCancelReason());
        assertEquals(1, payment.getAllocations().size(), "the history keeps what it had paid");
        assertEquals(0, payment.unallocated().signum(), "a cancelled payment leaves no credit");
        assertEquals(new BigDecimal("20.00"), payment.leftAsCredit(), "its receipt still adds up: 30,00 paid and 20,00 in credit");
        assertThrows(IllegalStateException.class, () -> payment.cancel("accueil", NOW, "encore"));
        assertThrows(IllegalStateException.class, () -> payment.allocate(11, BigDecimal.ONE, NOW, "accueil"));
    }

    private static String refusal(PaymentDetails details) {
        return assertThrows(ActionRefused.class, () -> CounterPaymentRules.checked(details, TODAY)).messageKey();
    }

    private static PaymentDetails details(PaymentMethod method, String amount, LocalDate day, String chequeNumber, String bank) {
        return new PaymentDetails(method, new BigDecimal(amount), day, "DURAND Jérémy", chequeNumber, bank, null);
    }
}
