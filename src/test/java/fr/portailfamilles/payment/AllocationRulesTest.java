package fr.portailfamilles.payment;

import fr.portailfamilles.payment.control.Allocation;
import fr.portailfamilles.payment.control.AllocationRules;
import fr.portailfamilles.payment.control.OpenInvoice;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a payment is spread over a household's open invoices: the oldest first, exact to the cent, the rest as credit. */
class AllocationRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
    private static final OpenInvoice SEPTEMBER = open(1, "2026-9", DAY.minusMonths(1), "30.00", "30.00");
    private static final OpenInvoice AUGUST = open(2, "2026-5", DAY.minusMonths(2), "20.00", "12.50");
    private static final OpenInvoice OCTOBER = open(3, "2026-14", DAY, "40.00", "40.00");
    private static final List<OpenInvoice> OPEN = List.of(SEPTEMBER, OCTOBER, AUGUST);

    @Test
    void theOldestInvoiceIsPaidFirstAndTheNextOnlyInPart() {
        Allocation allocation = AllocationRules.oldestFirst(euros("20.00"), OPEN);

        assertEquals(List.of(2L, 1L), List.copyOf(allocation.parts().keySet()), "August before September, October untouched");
        assertEquals(euros("12.50"), allocation.parts().get(2L), "what August still owes, not its total");
        assertEquals(euros("7.50"), allocation.parts().get(1L));
        assertEquals(euros("0.00"), allocation.credit());
    }

    @Test
    void moreThanEverythingDueBecomesTheHouseholdsCredit() {
        Allocation allocation = AllocationRules.oldestFirst(euros("100.00"), OPEN);

        assertEquals(euros("82.50"), allocation.allocated());
        assertEquals(euros("17.50"), allocation.credit());
        assertEquals(euros("40.00"), allocation.parts().get(3L));
    }

    @Test
    void aPaymentWithNothingDueIsAllCredit() {
        Allocation allocation = AllocationRules.oldestFirst(euros("15"), List.of());

        assertTrue(allocation.parts().isEmpty());
        assertEquals(euros("15.00"), allocation.credit());
    }

    @Test
    void centsAddUpExactly() {
        OpenInvoice tenCents = open(4, "2026-20", DAY.minusDays(2), "0.10", "0.10");
        OpenInvoice twentyCents = open(5, "2026-21", DAY.minusDays(1), "0.20", "0.20");

        Allocation allocation = AllocationRules.oldestFirst(euros("0.30"), List.of(tenCents, twentyCents));

        assertEquals(euros("0.30"), allocation.allocated(), "0.10 + 0.20 is 0.30, not 0.30000000000000004");
        assertEquals(0, allocation.credit().signum());
    }

    @Test
    void zeroNegativeMissingAndThreeDecimalsAreRefusedInFrench() {
        refused("payments.amount.positive", "supérieur à zéro", () -> AllocationRules.oldestFirst(euros("0.00"), OPEN));
        refused("payments.amount.positive", "supérieur à zéro", () -> AllocationRules.oldestFirst(euros("-5"), OPEN));
        refused("payments.amount.required", "montant", () -> AllocationRules.oldestFirst(null, OPEN));
        refused("payments.amount.decimals", "deux décimales", () -> AllocationRules.oldestFirst(euros("3.335"), OPEN));
        assertEquals(euros("3.30"), AllocationRules.checkedAmount(euros("3.300")), "a trailing zero is still cents");
    }

    @Test
    void staffMaySpreadItOtherwiseAndTheRestIsCredit() {
        Allocation allocation = AllocationRules.edited(euros("50.00"), OPEN, Map.of(3L, euros("40"), 1L, euros("5.5")));

        assertEquals(euros("40.00"), allocation.parts().get(3L));
        assertEquals(euros("5.50"), allocation.parts().get(1L));
        assertEquals(euros("4.50"), allocation.credit());
    }

    @Test
    void anEditedPartIsNeverMoreThanDueNorNegativeNorBeyondThePayment() {
        refused("payments.allocation.moreThanDue", "2026-5", () -> AllocationRules.edited(euros("50"), OPEN, Map.of(2L, euros("13.00"))));
        refused("payments.allocation.negative", "négative", () -> AllocationRules.edited(euros("50"), OPEN, Map.of(2L, euros("-1"))));
        refused("payments.allocation.decimals", "deux décimales", () -> AllocationRules.edited(euros("50"), OPEN, Map.of(2L, euros("1.001"))));
        refused("payments.allocation.moreThanPaid", "dépassent", () -> AllocationRules.edited(euros("20"), OPEN, Map.of(1L, euros("15"), 3L, euros("15"))));
        refused("payments.allocation.notOpen", "plus à payer", () -> AllocationRules.edited(euros("20"), OPEN, Map.of(99L, euros("1"))));
    }

    @Test
    void blankOrZeroPartsPutNothing() {
        Map<Long, BigDecimal> typed = new HashMap<>();
        typed.put(1L, null);
        typed.put(2L, euros("0"));
        typed.put(99L, euros("0"));

        Allocation allocation = AllocationRules.edited(euros("10"), OPEN, typed);

        assertTrue(allocation.parts().isEmpty());
        assertEquals(euros("10.00"), allocation.credit());
    }

    @Test
    void partsAreTheDefaultSpreadOnlyWhenEachIsTheOneProposed() {
        Allocation proposal = AllocationRules.oldestFirst(euros("20.00"), OPEN);
        Map<Long, BigDecimal> asProposed = new HashMap<>();
        asProposed.put(2L, euros("12.5"));
        asProposed.put(1L, euros("7.50"));
        asProposed.put(3L, null);

        assertTrue(AllocationRules.isProposal(asProposed, proposal), "the same amounts, a blank part is none");
        assertFalse(AllocationRules.isProposal(Map.of(2L, euros("12.50"), 1L, euros("7.49")), proposal), "one cent moved");
        assertFalse(AllocationRules.isProposal(Map.of(2L, euros("12.50")), proposal), "a part left blank");
        assertFalse(AllocationRules.isProposal(Map.of(3L, euros("20.00")), proposal), "another invoice");
    }

    private static void refused(String key, String french, Executable action) {
        ActionRefused refused = assertThrows(ActionRefused.class, action);
        assertEquals(key, refused.messageKey());
        String text = Texts.french(refused.messageKey(), refused.arguments());
        assertTrue(text.contains(french), text);
    }

    private static OpenInvoice open(long id, String number, LocalDate issuedOn, String total, String due) {
        return new OpenInvoice(id, number, issuedOn, euros(total), euros(due));
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }
}
