package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.QuotientBracket;
import fr.portailfamilles.billing.control.TariffProblem;
import fr.portailfamilles.billing.control.TariffProblem.Field;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.billing.control.TariffValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static fr.portailfamilles.billing.ChargeRulesTest.bracket;
import static fr.portailfamilles.billing.ChargeRulesTest.money;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What staff may not save as a tariff, each said next to its field. */
class TariffValidationTest {

    static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    static final List<QuotientBracket> FOUR_BRACKETS = List.of(bracket(0, 650, "8.50"), bracket(651, 950, "11.50"),
            bracket(951, 1250, "14.50"), bracket(1251, null, "18.00"));

    @Test
    void theDemosJourneeIsRight() {
        assertEquals(List.of(), problems(tariff(FOUR_BRACKETS, "23.40", "10"), List.of()));
    }

    @Test
    void bracketsSharingAQuotientAreRefusedNamingBoth() {
        List<TariffProblem> problems = problems(tariff(List.of(bracket(0, 650, "8.50"), bracket(650, 950, "11.50")), null, null), List.of());
        assertEquals(List.of(new TariffProblem(Field.BRACKETS, -1, "tariff.brackets.overlap", List.of(1, 2))), problems);
    }

    @Test
    void anOpenBracketBelowAnotherOverlapsIt() {
        List<TariffProblem> problems = problems(tariff(List.of(bracket(651, 950, "11.50"), bracket(0, null, "8.50")), null, null), List.of());
        assertEquals(List.of(new TariffProblem(Field.BRACKETS, -1, "tariff.brackets.overlap", List.of(1, 2))), problems);
    }

    @Test
    void gapsBetweenBracketsAreAllowed() {
        assertEquals(List.of(), problems(tariff(List.of(bracket(0, 650, "8.50"), bracket(800, null, "12.00")), null, null), List.of()));
    }

    @Test
    void aTariffHasAtLeastOneBracket() {
        assertEquals(List.of(new TariffProblem(Field.BRACKETS, -1, "tariff.brackets.none", List.of())),
                problems(tariff(List.of(), null, null), List.of()));
    }

    @Test
    void reversedOrNegativeQuotientsAreSaidOnTheirRow() {
        List<TariffProblem> problems = problems(tariff(List.of(bracket(-1, 650, "8.50"), bracket(951, 700, "11.50")), null, null), List.of());
        assertEquals(List.of(new TariffProblem(Field.QF_MIN, 0, "tariff.qf.negative", List.of()),
                new TariffProblem(Field.QF_MAX, 1, "tariff.qf.reversed", List.of())), problems);
    }

    @Test
    void aNegativePriceIsRefused() {
        assertEquals(List.of(new TariffProblem(Field.PRICE, 1, "tariff.price.negative", List.of())),
                problems(tariff(List.of(bracket(0, 650, "8.50"), bracket(651, null, "-1.00")), null, null), List.of()));
        assertEquals(List.of(new TariffProblem(Field.OUTSIDE_PRICE, -1, "tariff.price.negative", List.of())),
                problems(tariff(FOUR_BRACKETS, "-0.01", null), List.of()));
    }

    @Test
    void aFreeUnitIsAllowed() {
        assertEquals(List.of(), problems(tariff(List.of(bracket(0, null, "0")), "0", null), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.335", "8.501", "0.001"})
    void pricesHaveAtMostTwoDecimals(String price) {
        assertEquals(List.of(new TariffProblem(Field.PRICE, 0, "tariff.price.cents", List.of())),
                problems(tariff(List.of(bracket(0, null, price)), null, null), List.of()));
        assertEquals(List.of(new TariffProblem(Field.OUTSIDE_PRICE, -1, "tariff.price.cents", List.of())),
                problems(tariff(FOUR_BRACKETS, price, null), List.of()));
    }

    @Test
    void trailingZerosAreNotDecimals() {
        assertEquals(List.of(), problems(tariff(List.of(bracket(0, null, "8.5000")), null, "10.000"), List.of()));
    }

    @Test
    void aPriceBeyondWhatATariffHoldsIsRefused() {
        assertEquals(List.of(new TariffProblem(Field.PRICE, 0, "tariff.price.tooHigh", List.of())),
                problems(tariff(List.of(bracket(0, null, "100000")), null, null), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.01", "150"})
    void theReductionIsAPercentage(String reduction) {
        assertEquals(List.of(new TariffProblem(Field.SIBLING_REDUCTION, -1, "tariff.reduction.range", List.of())),
                problems(tariff(FOUR_BRACKETS, null, reduction), List.of()));
    }

    @Test
    void theReductionHasAtMostTwoDecimals() {
        assertEquals(List.of(new TariffProblem(Field.SIBLING_REDUCTION, -1, "tariff.reduction.cents", List.of())),
                problems(tariff(FOUR_BRACKETS, null, "12.345"), List.of()));
        assertEquals(List.of(), problems(tariff(FOUR_BRACKETS, null, "100"), List.of()));
        assertEquals(List.of(), problems(tariff(FOUR_BRACKETS, null, "0"), List.of()));
    }

    @Test
    void theLastDayComesAfterTheFirst() {
        TariffTerms reversed = new TariffTerms(ChargeKind.UNIT, 100, SEPTEMBER, SEPTEMBER.minusDays(1), FOUR_BRACKETS, null, null);
        assertEquals(List.of(new TariffProblem(Field.VALID_TO, -1, "tariff.validTo.beforeFrom", List.of())), problems(reversed, List.of()));
        TariffTerms oneDay = new TariffTerms(ChargeKind.UNIT, 100, SEPTEMBER, SEPTEMBER, FOUR_BRACKETS, null, null);
        assertEquals(List.of(), problems(oneDay, List.of()));
    }

    @Test
    void twoTariffsOfTheSameUnitNeverShareADay() {
        TariffTerms current = new TariffTerms(ChargeKind.UNIT, 100, SEPTEMBER, LocalDate.of(2026, 12, 31), FOUR_BRACKETS, null, null);
        TariffTerms fromJanuary = new TariffTerms(ChargeKind.UNIT, 100, LocalDate.of(2027, 1, 1), null, FOUR_BRACKETS, null, null);
        assertEquals(List.of(), problems(fromJanuary, List.of(current)), "the day after the last day");
        TariffTerms fromLastDay = new TariffTerms(ChargeKind.UNIT, 100, LocalDate.of(2026, 12, 31), null, FOUR_BRACKETS, null, null);
        assertEquals(List.of(new TariffProblem(Field.VALID_FROM, -1, "tariff.dates.overlap", List.of("01/09/2026", "31/12/2026"))),
                problems(fromLastDay, List.of(current)));
        TariffTerms intoJanuary = new TariffTerms(ChargeKind.UNIT, 100, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 1), FOUR_BRACKETS, null, null);
        assertEquals(List.of(new TariffProblem(Field.VALID_FROM, -1, "tariff.dates.overlapOpen", List.of("01/01/2027"))),
                problems(intoJanuary, List.of(fromJanuary)), "its last day is the other's first");
    }

    @Test
    void anOpenEndedTariffOverlapsEveryLaterOne() {
        TariffTerms open = new TariffTerms(ChargeKind.UNIT, 100, SEPTEMBER, null, FOUR_BRACKETS, null, null);
        TariffTerms later = new TariffTerms(ChargeKind.UNIT, 100, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31), FOUR_BRACKETS, null, null);
        assertEquals(List.of(new TariffProblem(Field.VALID_FROM, -1, "tariff.dates.overlapOpen", List.of("01/09/2026"))),
                problems(later, List.of(open)));
    }

    @Test
    void everyProblemIsSaidAtOnce() {
        TariffTerms wrong = new TariffTerms(ChargeKind.UNIT, 100, SEPTEMBER, null,
                List.of(bracket(0, 650, "8.505"), bracket(600, null, "-2")), new BigDecimal("1.001"), new BigDecimal("101"));
        assertEquals(List.of(Field.PRICE, Field.PRICE, Field.BRACKETS, Field.OUTSIDE_PRICE, Field.SIBLING_REDUCTION),
                problems(wrong, List.of()).stream().map(TariffProblem::field).toList());
    }

    /** ÉTÉ runs from 06/07 to 28/08: a tariff for January of that year, or for after the summer, prices no day of it. */
    @Test
    void aTariffPricesSomeDayOfItsActivity() {
        LocalDate summerStarts = LocalDate.of(2027, 7, 6);
        LocalDate summerEnds = LocalDate.of(2027, 8, 28);
        TariffTerms january = new TariffTerms(ChargeKind.UNIT, 100, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), FOUR_BRACKETS, null, null);
        assertEquals(Optional.of(new TariffProblem(Field.VALID_TO, -1, "tariff.validTo.beforeActivity", List.of("06/07/2027"))),
                TariffValidation.outsideActivity(january, summerStarts, summerEnds));
        TariffTerms autumn = new TariffTerms(ChargeKind.UNIT, 100, LocalDate.of(2027, 8, 29), null, FOUR_BRACKETS, null, null);
        assertEquals(Optional.of(new TariffProblem(Field.VALID_FROM, -1, "tariff.validFrom.afterActivity", List.of("28/08/2027"))),
                TariffValidation.outsideActivity(autumn, summerStarts, summerEnds));
        TariffTerms fromTheStartOfTheYear = new TariffTerms(ChargeKind.UNIT, 100, LocalDate.of(2027, 1, 1), null, FOUR_BRACKETS, null, null);
        assertEquals(Optional.empty(), TariffValidation.outsideActivity(fromTheStartOfTheYear, summerStarts, summerEnds));
        TariffTerms lastDayOnly = new TariffTerms(ChargeKind.UNIT, 100, summerEnds, summerEnds, FOUR_BRACKETS, null, null);
        assertEquals(Optional.empty(), TariffValidation.outsideActivity(lastDayOnly, summerStarts, summerEnds));
    }

    private static List<TariffProblem> problems(TariffTerms tariff, List<TariffTerms> others) {
        return TariffValidation.problems(tariff, others);
    }

    private static TariffTerms tariff(List<QuotientBracket> brackets, String outsidePrice, String reduction) {
        return new TariffTerms(ChargeKind.UNIT, 100, SEPTEMBER, null, brackets,
                outsidePrice == null ? null : money(outsidePrice), reduction == null ? null : money(reduction));
    }
}
