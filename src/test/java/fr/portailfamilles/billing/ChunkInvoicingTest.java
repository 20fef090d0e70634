package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.BilledLine;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.ChunkInvoicing;
import fr.portailfamilles.billing.control.ChunkOutcome;
import fr.portailfamilles.billing.control.Skip;
import fr.portailfamilles.billing.entity.BilledTo;
import fr.portailfamilles.billing.entity.SkipReason;
import fr.portailfamilles.household.boundary.BillingContact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the run does with each household of a chunk. */
class ChunkInvoicingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    @Test
    void eachHouseholdIsInvoicedSkippedWithItsReasonOrLeftWhenThereIsNothingToBill() {
        Map<Long, List<Charge>> expected = Map.of(1L, List.of(charge(1, "booking:1")), 2L, List.of(charge(2, "booking:2")),
                4L, List.of(charge(4, "booking:4")), 5L, List.of(charge(5, "booking:5")));
        Map<Long, List<BilledLine>> billed = Map.of(4L, List.of(new BilledLine(4, "booking:4", YearMonth.from(DAY), 10, "Léa", DAY,
                ChargeKind.UNIT, 3, "Journée", new BigDecimal("12.00"), new BigDecimal("0.00"), new BigDecimal("12.00"))));
        Map<Long, BillingContact> contacts = Map.of(
                1L, new BillingContact(1, "Famille UN", 11L, "Julie UN", "1 rue\n37250 Montbazon", "julie@exemple.fr"),
                2L, new BillingContact(2, "Famille DEUX", null, null, null, "famille@exemple.fr"),
                3L, new BillingContact(3, "Famille TROIS", null, null, null, null),
                4L, new BillingContact(4, "Famille QUATRE", 44L, "Paul QUATRE", "4 rue\n37250 Montbazon", null),
                5L, new BillingContact(5, "Famille CINQ", 55L, "Anne CINQ", "5 rue\n37250 Montbazon", null));

        ChunkOutcome outcome = ChunkInvoicing.decide(List.of(1L, 2L, 3L, 4L, 5L), expected, Map.of(5L, "REPAS : pas de tarif"), billed,
                contacts, 2);

        assertEquals(7, outcome.householdsRead());
        assertEquals(2, outcome.alreadyInvoiced());
        assertEquals(1, outcome.drafts().size());
        assertEquals(new BilledTo(11, "Julie UN", "1 rue\n37250 Montbazon"), outcome.drafts().get(0).billedTo());
        assertEquals(List.of(new Skip(2, SkipReason.NO_BILLED_GUARDIAN, null), new Skip(5, SkipReason.NOT_PRICED, "REPAS : pas de tarif")),
                outcome.skips(), "a household with nothing to bill (3, 4) is not skipped, whoever it would be billed to");
    }

    private static Charge charge(long household, String key) {
        return Charge.of(household, 10, "Léa", DAY, ChargeKind.UNIT, 3, "Journée", new BigDecimal("12.00"), BigDecimal.ZERO, key);
    }
}
