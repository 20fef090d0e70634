package fr.portailfamilles.household;

import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ChildField;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HouseholdTest {

    private static Household household() {
        return new Household("Famille TEST", "1 rue Haute", "37250", "Montbazon",
                FamilySituation.MARRIED, BenefitsBody.CAF, "1234567", Instant.parse("2026-01-05T10:00:00Z"));
    }

    @Test
    void theFirstGuardianIsTheBilledOneByDefault() {
        Household household = household();
        Guardian first = household.addGuardian(Civility.MME, "TEST", "Anne", Relationship.MOTHER);
        Guardian second = household.addGuardian(Civility.M, "TEST", "Paul", Relationship.FATHER);

        assertTrue(first.isBilled());
        assertFalse(second.isBilled());
        assertEquals(first, household.billedGuardian().orElseThrow());
    }

    @Test
    void theQuotientInForceIsTheLatestStartedOne() {
        Household household = household();
        household.recordQuotient(620, LocalDate.of(2025, 1, 1), BenefitsBody.CAF);
        household.recordQuotient(980, LocalDate.of(2026, 1, 1), BenefitsBody.CAF);

        assertEquals(620, household.quotientOn(LocalDate.of(2025, 6, 1)).orElseThrow().getAmount());
        assertEquals(980, household.quotientOn(LocalDate.of(2026, 6, 1)).orElseThrow().getAmount());
        assertTrue(household.quotientOn(LocalDate.of(2024, 6, 1)).isEmpty());
    }

    @Test
    void aNewQuotientEndsThePreviousOneTheDayBeforeAndHistoryIsNotRewritten() {
        Household household = household();
        household.recordQuotient(620, LocalDate.of(2025, 1, 1), BenefitsBody.CAF);
        household.recordQuotient(980, LocalDate.of(2026, 1, 1), BenefitsBody.CAF);

        assertEquals(LocalDate.of(2025, 12, 31), household.getQuotients().get(1).getValidTo());
        assertThrows(IllegalArgumentException.class, () -> household.recordQuotient(700, LocalDate.of(2025, 6, 1), BenefitsBody.CAF));
        assertThrows(IllegalArgumentException.class, () -> household.recordQuotient(700, LocalDate.of(2026, 1, 1), BenefitsBody.CAF));
    }

    @Test
    void aNegativeQuotientIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> household().recordQuotient(-1, LocalDate.of(2026, 1, 1), BenefitsBody.CAF));
    }

    @Test
    void aChildIsAddedOnceAndAgedInWholeYears() {
        Household household = household();
        Child child = new Child("TEST", "Léa", LocalDate.of(2018, 3, 15), Sex.F);
        household.addChild(child);
        household.addChild(child);

        assertEquals(1, household.getChildren().size());
        assertEquals(7, child.ageOn(LocalDate.of(2026, 3, 14)));
        assertEquals(8, child.ageOn(LocalDate.of(2026, 3, 15)));
    }

    @Test
    void billingAnotherGuardianEndsThePreviousChoiceAndTheBilledOneStays() {
        Household household = household();
        Guardian first = household.addGuardian(Civility.MME, "TEST", "Anne", Relationship.MOTHER);
        Guardian second = household.addGuardian(Civility.M, "TEST", "Paul", Relationship.FATHER);

        household.billTo(second);

        assertFalse(first.isBilled());
        assertEquals(second, household.billedGuardian().orElseThrow());
        assertThrows(IllegalStateException.class, () -> household.removeGuardian(second));
        household.removeGuardian(first);
        assertEquals(1, household.getGuardians().size());
        assertThrows(IllegalStateException.class, () -> household.removeGuardian(second), "the last guardian stays");
    }

    @Test
    void aChildsSnapshotNamesItsContactsForTheLog() {
        Child child = new Child("TEST", "Léa", LocalDate.of(2018, 5, 14), Sex.F);
        child.replaceContacts(ContactKind.PICKUP, List.of(new ContactLine("Jeanne DUPUIS", "06 12 34 56 78", "Grand-mère")));
        Map<ChildField, String> before = ChildField.snapshot(child);

        child.replaceContacts(ContactKind.PICKUP, List.of());

        assertEquals("Jeanne DUPUIS (06 12 34 56 78, Grand-mère)", before.get(ChildField.PICKUPS));
        assertNull(ChildField.snapshot(child).get(ChildField.PICKUPS));
        assertNull(before.get(ChildField.DOCTOR), "no doctor given reads as nothing, not a blank");
    }
}
