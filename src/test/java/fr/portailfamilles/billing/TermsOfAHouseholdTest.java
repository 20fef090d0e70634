package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.HouseholdTerms;
import fr.portailfamilles.billing.control.MemberTowns;
import fr.portailfamilles.billing.control.MemberTowns.Town;
import fr.portailfamilles.household.boundary.BillableHousehold;
import fr.portailfamilles.household.boundary.BillableHousehold.ChildBirth;
import fr.portailfamilles.household.boundary.BillableHousehold.Quotient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A household's terms as invoicing builds them from the household area's file and the member towns. */
class TermsOfAHouseholdTest {

    static final MemberTowns TOWNS = new MemberTowns(List.of(new Town("37250", "Montbazon"), new Town("37250", "Veigné"),
            new Town("37250", "Sorigny"), new Town("37260", "Monts"), new Town("37260", "Artannes-sur-Indre"), new Town("37320", "Esvres")));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"37250, Veigné, true", "37250, VEIGNE, true", "37250, veigne, true", "37260, Artannes sur Indre, true",
            "37260, ARTANNES-SUR-INDRE, true", "' 37320 ', ' Esvres ', true", "37000, Tours, false", "37260, Veigné, false",
            "37250, Veigné-le-Haut, false"})
    void aMemberTownIsKnownByItsPostcodeAndItsNameHoweverWritten(String postcode, String town, boolean inside) {
        assertEquals(inside, TOWNS.includes(postcode, town));
    }

    @Test
    void householdTermsComeFromTheHouseholdFile() {
        LocalDate newQuotient = LocalDate.of(2026, 10, 15);
        BillableHousehold file = new BillableHousehold(7, "Famille MARTIN", "37250", "Montbazon",
                List.of(new Quotient(1100, newQuotient, null), new Quotient(820, LocalDate.of(2025, 1, 1), newQuotient.minusDays(1))),
                List.of(new ChildBirth(11, "Léa MARTIN", LocalDate.of(2016, 3, 1)), new ChildBirth(12, "Hugo MARTIN", LocalDate.of(2018, 5, 10))),
                null);
        HouseholdTerms terms = HouseholdTerms.of(file, TOWNS);
        assertEquals(7, terms.householdId());
        assertTrue(terms.insideMemberTowns());
        assertEquals(OptionalInt.of(820), terms.quotientOn(newQuotient.minusDays(1)));
        assertEquals(OptionalInt.of(1100), terms.quotientOn(newQuotient));
        assertEquals(OptionalInt.empty(), terms.quotientOn(LocalDate.of(2024, 12, 31)));
        assertEquals(Map.of(11L, LocalDate.of(2016, 3, 1), 12L, LocalDate.of(2018, 5, 10)), terms.birthDates());

        BillableHousehold inTours = new BillableHousehold(8, "Famille ROBERT", "37000", "Tours", List.of(), List.of(), null);
        assertFalse(HouseholdTerms.of(inTours, TOWNS).insideMemberTowns());
    }

    @Test
    void theBilledGuardiansAddressIsPrintedOnTwoLines() {
        assertEquals("15 rue Nationale\n37000 Tours",
                new BillableHousehold.BilledGuardian(3, "MME", "Julie MARTIN", "15 rue Nationale", "37000", "Tours").postalAddress());
    }

    @Test
    void aTownIsInTheListOnceHoweverWritten() {
        assertTrue(TOWNS.holds(new Town("37250", "MONTBAZON")));
        assertFalse(TOWNS.holds(new Town("37000", "Tours")));
    }
}
