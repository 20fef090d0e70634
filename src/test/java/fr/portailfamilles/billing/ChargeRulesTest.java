package fr.portailfamilles.billing;

import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ExcuseReason;
import fr.portailfamilles.attendance.boundary.Mark;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.ChargeRules;
import fr.portailfamilles.billing.control.HouseholdTerms;
import fr.portailfamilles.billing.control.HouseholdTerms.QuotientSpan;
import fr.portailfamilles.billing.control.QuotientBracket;
import fr.portailfamilles.billing.control.TariffBook;
import fr.portailfamilles.billing.control.TariffMissing;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDay.State;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charge rules of issue #12, each on a household's small month. */
class ChargeRulesTest {

    static final long HOUSEHOLD = 1;
    static final long LEA = 11;
    static final long HUGO = 12;
    static final long ZOE = 13;
    static final long JOURNEE = 100;
    static final long MATIN = 101;
    static final long REPAS = 200;
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 7);
    static final LocalDate NEXT_WEDNESDAY = LocalDate.of(2026, 10, 14);
    static final String ACTIVITY = "MERCREDI 2026/2027";

    /** Journée: 4 brackets from 8.50 to 18.00, 23.40 outside the member towns, 10 % for brothers and sisters. */
    static final TariffTerms JOURNEE_TARIFF = new TariffTerms(ChargeKind.UNIT, JOURNEE, LocalDate.of(2026, 9, 1), null,
            List.of(bracket(0, 650, "8.50"), bracket(651, 950, "11.50"), bracket(951, 1250, "14.50"), bracket(1251, null, "18.00")),
            money("23.40"), money("10"));
    static final TariffTerms MATIN_TARIFF = new TariffTerms(ChargeKind.UNIT, MATIN, LocalDate.of(2026, 9, 1), null,
            List.of(bracket(0, 650, "4.50"), bracket(651, null, "9.50")), null, money("10"));
    /** REPAS: no outside price, no reduction. */
    static final TariffTerms REPAS_TARIFF = new TariffTerms(ChargeKind.SERVICE, REPAS, LocalDate.of(2026, 9, 1), null,
            List.of(bracket(0, 650, "3.20"), bracket(651, null, "4.60")), null, null);
    static final TariffBook BOOK = TariffBook.of(List.of(JOURNEE_TARIFF, MATIN_TARIFF, REPAS_TARIFF));

    private long nextRequest = 1000;

    @Nested
    class Price {

        @ParameterizedTest(name = "QF {0} pays {1}")
        @CsvSource({"0, 8.50", "650, 8.50", "651, 11.50", "950, 11.50", "951, 14.50", "1250, 14.50", "1251, 18.00", "4000, 18.00"})
        void theBracketOfTheQuotientThatDayBothBoundsIncluded(int quotient, String price) {
            List<Charge> charges = charge(List.of(unit(LEA, WEDNESDAY, JOURNEE)), Map.of(), terms(quotient, true), BOOK);
            assertEquals(money(price), charges.get(0).amount());
            assertEquals(money(price), charges.get(0).unitPrice());
        }

        @Test
        void noQuotientPaysTheHighestBracket() {
            HouseholdTerms none = new HouseholdTerms(HOUSEHOLD, List.of(), true, births());
            assertEquals(money("18.00"), charge(List.of(unit(LEA, WEDNESDAY, JOURNEE)), Map.of(), none, BOOK).get(0).amount());
        }

        @Test
        void aQuotientThatEndedBeforeTheDayIsNoQuotient() {
            HouseholdTerms expired = new HouseholdTerms(HOUSEHOLD,
                    List.of(new QuotientSpan(500, LocalDate.of(2025, 1, 1), WEDNESDAY.minusDays(1))), true, births());
            assertEquals(money("18.00"), charge(List.of(unit(LEA, WEDNESDAY, JOURNEE)), Map.of(), expired, BOOK).get(0).amount());
        }

        @Test
        void aQuotientChangingMidMonthPricesEachDayWithItsOwn() {
            HouseholdTerms changed = new HouseholdTerms(HOUSEHOLD, List.of(
                    new QuotientSpan(500, LocalDate.of(2025, 1, 1), NEXT_WEDNESDAY.minusDays(1)),
                    new QuotientSpan(1000, NEXT_WEDNESDAY, null)), true, births());
            List<Charge> charges = charge(List.of(unit(LEA, WEDNESDAY, JOURNEE), unit(LEA, NEXT_WEDNESDAY, JOURNEE)), Map.of(), changed, BOOK);
            assertEquals(List.of(money("8.50"), money("14.50")), amounts(charges));
        }

        @Test
        void aQuotientBetweenTwoBracketsPaysTheHighestBracket() {
            TariffTerms withGap = new TariffTerms(ChargeKind.UNIT, JOURNEE, LocalDate.of(2026, 9, 1), null,
                    List.of(bracket(0, 650, "8.50"), bracket(800, 1200, "12.00"), bracket(1201, null, "18.00")), null, null);
            assertEquals(money("18.00"), charge(List.of(unit(LEA, WEDNESDAY, JOURNEE)), Map.of(), terms(700, true),
                    TariffBook.of(List.of(withGap))).get(0).amount());
        }

        @Test
        void outsideTheMemberTownsTheOutsidePriceWhateverTheQuotient() {
            assertEquals(money("23.40"), charge(List.of(unit(LEA, WEDNESDAY, JOURNEE)), Map.of(), terms(400, false), BOOK).get(0).amount());
        }

        @Test
        void outsideTheMemberTownsWithoutAnOutsidePriceTheBracketPrice() {
            List<Charge> charges = charge(List.of(service(LEA, WEDNESDAY, REPAS)), Map.of(), terms(400, false), BOOK);
            assertEquals(money("3.20"), charges.get(0).amount());
        }

        @Test
        void aTariffChangingMidMonthPricesEachDayWithTheTariffOfThatDay() {
            LocalDate lastOld = LocalDate.of(2026, 10, 15);
            TariffTerms old = new TariffTerms(ChargeKind.UNIT, JOURNEE, LocalDate.of(2026, 9, 1), lastOld,
                    List.of(bracket(0, null, "8.50")), null, null);
            TariffTerms raised = new TariffTerms(ChargeKind.UNIT, JOURNEE, lastOld.plusDays(1), null,
                    List.of(bracket(0, null, "9.00")), null, null);
            List<Charge> charges = charge(List.of(unit(LEA, NEXT_WEDNESDAY, JOURNEE), unit(LEA, lastOld, JOURNEE),
                    unit(LEA, lastOld.plusDays(1), JOURNEE)), Map.of(), terms(500, true), TariffBook.of(List.of(old, raised)));
            assertEquals(List.of(money("8.50"), money("8.50"), money("9.00")), amounts(charges));
        }
    }

    @Nested
    class Attendance {

        @Test
        void presentBillsUnitsAndServices() {
            BookedDay day = unit(LEA, WEDNESDAY, JOURNEE);
            BookedDay meal = service(LEA, WEDNESDAY, REPAS);
            List<Charge> charges = charge(List.of(day, meal), Map.of(day.requestId(), AttendanceState.PRESENT,
                    meal.requestId(), AttendanceState.PRESENT), terms(500, true), BOOK);
            assertEquals(List.of(money("8.50"), money("3.20")), amounts(charges));
            assertEquals(List.of(ChargeKind.UNIT, ChargeKind.SERVICE), charges.stream().map(Charge::kind).toList());
        }

        @Test
        void anUnjustifiedAbsenceBillsTheUnitButNotTheService() {
            BookedDay day = unit(LEA, WEDNESDAY, JOURNEE);
            BookedDay meal = service(LEA, WEDNESDAY, REPAS);
            List<Charge> charges = charge(List.of(day, meal), Map.of(day.requestId(), AttendanceState.ABSENT,
                    meal.requestId(), AttendanceState.ABSENT), terms(500, true), BOOK);
            assertEquals(1, charges.size());
            assertEquals(JOURNEE, charges.get(0).itemId());
            assertEquals(money("8.50"), charges.get(0).amount());
        }

        @Test
        void attendanceNotTakenIsBilledAsBooked() {
            List<Charge> charges = charge(List.of(unit(LEA, WEDNESDAY, JOURNEE), service(LEA, WEDNESDAY, REPAS)), Map.of(),
                    terms(500, true), BOOK);
            assertEquals(List.of(money("8.50"), money("3.20")), amounts(charges));
        }

        @ParameterizedTest
        @EnumSource(ExcuseReason.class)
        void anExcusedAbsenceIsNotBilled(ExcuseReason reason) {
            BookedDay day = unit(LEA, WEDNESDAY, JOURNEE);
            BookedDay meal = service(LEA, WEDNESDAY, REPAS);
            List<Mark> marks = List.of(new Mark(day.requestId(), AttendanceState.EXCUSED, reason),
                    new Mark(meal.requestId(), AttendanceState.EXCUSED, reason));
            assertEquals(List.of(), charge(List.of(day, meal), ChargeRules.attendanceOf(marks), terms(500, true), BOOK));
        }

        @ParameterizedTest
        @EnumSource(value = State.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
        void onlyAcceptedDaysAreBilled(State state) {
            BookedDay day = day(LEA, WEDNESDAY, JOURNEE, null, state);
            assertEquals(List.of(), charge(List.of(day), Map.of(day.requestId(), AttendanceState.PRESENT), terms(500, true), BOOK));
        }

        @Test
        void eachLineKeepsTheKeyOfItsBookingRequest() {
            BookedDay day = unit(LEA, WEDNESDAY, JOURNEE);
            Charge charge = charge(List.of(day), Map.of(), terms(500, true), BOOK).get(0);
            assertEquals("booking:" + day.requestId(), charge.sourceKey());
            assertEquals(new Charge(HOUSEHOLD, LEA, "Léa MARTIN", WEDNESDAY, ChargeKind.UNIT, JOURNEE, "Journée", money("8.50"),
                    BigDecimal.ZERO, money("8.50"), "booking:" + day.requestId()), charge);
        }
    }

    @Nested
    class Siblings {

        @Test
        void theSecondAndThirdChildrenPresentTheSameDayHaveTheReductionTheEldestNot() {
            List<BookedDay> days = List.of(unit(ZOE, WEDNESDAY, JOURNEE), unit(HUGO, WEDNESDAY, JOURNEE), unit(LEA, WEDNESDAY, JOURNEE));
            Map<Long, Charge> byChild = byChild(charge(days, Map.of(), terms(500, true), BOOK));
            assertEquals(money("8.50"), byChild.get(LEA).amount(), "the eldest pays full price");
            assertEquals(BigDecimal.ZERO, byChild.get(LEA).reductionPercent());
            assertEquals(money("7.65"), byChild.get(HUGO).amount());
            assertEquals(money("10"), byChild.get(HUGO).reductionPercent());
            assertEquals(money("7.65"), byChild.get(ZOE).amount());
        }

        @Test
        void onlyChildrenBilledTheSameDayCount() {
            List<BookedDay> days = List.of(unit(LEA, WEDNESDAY, JOURNEE), unit(HUGO, NEXT_WEDNESDAY, JOURNEE));
            assertEquals(List.of(money("8.50"), money("8.50")), amounts(charge(days, Map.of(), terms(500, true), BOOK)));
        }

        @Test
        void anEldestExcusedThatDayLeavesTheNextOneAtFullPrice() {
            BookedDay lea = unit(LEA, WEDNESDAY, JOURNEE);
            List<BookedDay> days = List.of(lea, unit(HUGO, WEDNESDAY, JOURNEE), unit(ZOE, WEDNESDAY, JOURNEE));
            Map<Long, Charge> byChild = byChild(charge(days, Map.of(lea.requestId(), AttendanceState.EXCUSED), terms(500, true), BOOK));
            assertEquals(money("8.50"), byChild.get(HUGO).amount());
            assertEquals(money("7.65"), byChild.get(ZOE).amount());
        }

        @Test
        void servicesHaveNoSiblingReduction() {
            List<BookedDay> days = List.of(unit(LEA, WEDNESDAY, JOURNEE), unit(HUGO, WEDNESDAY, JOURNEE), service(HUGO, WEDNESDAY, REPAS));
            Charge meal = charge(days, Map.of(), terms(500, true), BOOK).stream().filter(c -> c.kind() == ChargeKind.SERVICE).findFirst().orElseThrow();
            assertEquals(money("3.20"), meal.amount());
        }

        @Test
        void theReductionOfEachUnitsOwnTariffAppliesOnEachOfTheYoungerChildsUnits() {
            TariffTerms noReduction = new TariffTerms(ChargeKind.UNIT, MATIN, LocalDate.of(2026, 9, 1), null,
                    List.of(bracket(0, null, "5.00")), null, null);
            List<BookedDay> days = List.of(unit(LEA, WEDNESDAY, JOURNEE), unit(HUGO, WEDNESDAY, MATIN));
            Map<Long, Charge> byChild = byChild(charge(days, Map.of(), terms(500, true),
                    TariffBook.of(List.of(JOURNEE_TARIFF, noReduction))));
            assertEquals(money("5.00"), byChild.get(HUGO).amount(), "Matin has no reduction of its own");
        }

        @Test
        void twinsAreOrderedByChildId() {
            HouseholdTerms twins = new HouseholdTerms(HOUSEHOLD, List.of(new QuotientSpan(500, LocalDate.of(2025, 1, 1), null)), true,
                    Map.of(HUGO, LocalDate.of(2018, 5, 10), ZOE, LocalDate.of(2018, 5, 10)));
            Map<Long, Charge> byChild = byChild(charge(List.of(unit(ZOE, WEDNESDAY, JOURNEE), unit(HUGO, WEDNESDAY, JOURNEE)),
                    Map.of(), twins, BOOK));
            assertEquals(money("8.50"), byChild.get(HUGO).amount());
            assertEquals(money("7.65"), byChild.get(ZOE).amount());
        }

        @Test
        void anUnjustifiedAbsenceIsBilledSoItCountsAmongTheChildrenOfTheDay() {
            BookedDay lea = unit(LEA, WEDNESDAY, JOURNEE);
            List<BookedDay> days = List.of(lea, unit(HUGO, WEDNESDAY, JOURNEE));
            Map<Long, Charge> byChild = byChild(charge(days, Map.of(lea.requestId(), AttendanceState.ABSENT), terms(500, true), BOOK));
            assertEquals(money("8.50"), byChild.get(LEA).amount());
            assertEquals(money("7.65"), byChild.get(HUGO).amount());
        }
    }

    @Nested
    class SeparatedParents {

        static final long MOTHER = 21;
        static final long FATHER = 22;

        /** Zoé lives in both homes: each household is billed the days its guardian booked, at its own quotient. */
        @Test
        void aSharedChildIsBilledToTheHouseholdThatBookedTheDayAtItsQuotient() {
            BookedDay withMother = day(MOTHER, ZOE, WEDNESDAY, JOURNEE, null, State.ACCEPTED);
            BookedDay withFather = day(FATHER, ZOE, NEXT_WEDNESDAY, JOURNEE, null, State.ACCEPTED);
            List<Charge> mother = ChargeRules.charges(List.of(withMother), Map.of(), household(MOTHER, 500), BOOK);
            List<Charge> father = ChargeRules.charges(List.of(withFather), Map.of(), household(FATHER, 1300), BOOK);
            assertEquals(MOTHER, mother.get(0).householdId());
            assertEquals(money("8.50"), mother.get(0).amount());
            assertEquals(FATHER, father.get(0).householdId());
            assertEquals(money("18.00"), father.get(0).amount());
        }

        @Test
        void aDayBookedByTheOtherHouseholdIsRefused() {
            BookedDay withFather = day(FATHER, ZOE, WEDNESDAY, JOURNEE, null, State.ACCEPTED);
            assertThrows(IllegalArgumentException.class,
                    () -> ChargeRules.charges(List.of(withFather), Map.of(), household(MOTHER, 500), BOOK));
        }

        private static HouseholdTerms household(long id, int quotient) {
            return new HouseholdTerms(id, List.of(new QuotientSpan(quotient, LocalDate.of(2025, 1, 1), null)), true,
                    Map.of(ZOE, LocalDate.of(2019, 1, 1)));
        }
    }

    @Nested
    class Rounding {

        /**
         * 4.45 less 10 % is 4.005: half-up makes 4.01 (half-even would make 4.00). A tariff's price never has more than
         * cents (3.335 is refused when the tariff is saved: TariffValidationTest), so this is the line's one rounding.
         */
        @Test
        void eachLineIsRoundedOnceHalfUpToTheCent() {
            assertEquals(money("4.01"), reduced("4.45", "10"));
            assertEquals(money("3.02"), reduced("3.35", "10"), "3.015");
            assertEquals(money("6.67"), reduced("10.00", "33.33"), "6.667");
            assertEquals(money("0.01"), reduced("0.01", "50"), "half a cent");
        }

        @Test
        void linesAddUpExactly() {
            TariffTerms tenCents = new TariffTerms(ChargeKind.SERVICE, REPAS, LocalDate.of(2026, 9, 1), null,
                    List.of(bracket(0, null, "0.10")), null, null);
            TariffTerms twentyCents = new TariffTerms(ChargeKind.UNIT, MATIN, LocalDate.of(2026, 9, 1), null,
                    List.of(bracket(0, null, "0.20")), null, null);
            List<Charge> charges = charge(List.of(unit(LEA, WEDNESDAY, MATIN), service(LEA, WEDNESDAY, REPAS)), Map.of(), terms(500, true),
                    TariffBook.of(List.of(tenCents, twentyCents)));
            assertEquals(new BigDecimal("0.30"), charges.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        private BigDecimal reduced(String price, String percent) {
            TariffTerms tariff = new TariffTerms(ChargeKind.UNIT, JOURNEE, LocalDate.of(2026, 9, 1), null,
                    List.of(bracket(0, null, price)), null, money(percent));
            List<Charge> charges = charge(List.of(unit(LEA, WEDNESDAY, JOURNEE), unit(HUGO, WEDNESDAY, JOURNEE)), Map.of(),
                    terms(500, true), TariffBook.of(List.of(tariff)));
            return byChild(charges).get(HUGO).amount();
        }
    }

    @Nested
    class NoTariff {

        /** Billing zero would be wrong and silent: the household's month is refused with what is missing, so the run skips it with that reason. */
        @Test
        void aBillableDayWithoutTariffRefusesTheHouseholdsMonthNamingEachUnitAndDay() {
            List<BookedDay> days = List.of(unit(LEA, WEDNESDAY, JOURNEE), unit(LEA, NEXT_WEDNESDAY, JOURNEE),
                    service(LEA, WEDNESDAY, REPAS), service(LEA, NEXT_WEDNESDAY, REPAS));
            TariffBook mealsOnly = TariffBook.of(List.of(REPAS_TARIFF));
            TariffMissing missing = assertThrows(TariffMissing.class, () -> ChargeRules.charges(days, Map.of(), terms(500, true), mealsOnly));
            assertEquals(2, missing.gaps().size());
            assertEquals(new TariffMissing.Gap(ChargeKind.UNIT, JOURNEE, "Journée", ACTIVITY, WEDNESDAY), missing.gaps().get(0));
            assertEquals("Aucun tarif en vigueur pour : Journée (MERCREDI 2026/2027) : 07/10/2026, 14/10/2026."
                    + " Ajoutez-le dans Activités › Tarifs, puis relancez la facturation du mois.", missing.getMessage());
            assertTrue(missing.describe(Locale.ENGLISH).startsWith("No tariff in force for: Journée (MERCREDI 2026/2027): 07/10/2026, 14/10/2026."),
                    missing.describe(Locale.ENGLISH));
        }

        @Test
        void aDayOutsideTheTariffsDatesHasNoTariff() {
            TariffTerms endedBefore = new TariffTerms(ChargeKind.UNIT, JOURNEE, LocalDate.of(2026, 9, 1), WEDNESDAY.minusDays(1),
                    List.of(bracket(0, null, "8.50")), null, null);
            assertThrows(TariffMissing.class, () -> ChargeRules.charges(List.of(unit(LEA, WEDNESDAY, JOURNEE)), Map.of(),
                    terms(500, true), TariffBook.of(List.of(endedBefore))));
        }

        @Test
        void daysNotBilledNeedNoTariff() {
            BookedDay cancelled = day(LEA, WEDNESDAY, JOURNEE, null, State.CANCELLED_IN_TIME);
            BookedDay absentMeal = service(LEA, NEXT_WEDNESDAY, REPAS);
            assertEquals(List.of(), ChargeRules.charges(List.of(cancelled, absentMeal), Map.of(absentMeal.requestId(), AttendanceState.ABSENT),
                    terms(500, true), TariffBook.of(List.of())));
        }
    }

    private static List<Charge> charge(List<BookedDay> days, Map<Long, AttendanceState> attendance, HouseholdTerms terms, TariffBook book) {
        return ChargeRules.charges(days, attendance, terms, book);
    }

    private static HouseholdTerms terms(int quotient, boolean inside) {
        return new HouseholdTerms(HOUSEHOLD, List.of(new QuotientSpan(quotient, LocalDate.of(2025, 1, 1), null)), inside, births());
    }

    private static Map<Long, LocalDate> births() {
        return Map.of(LEA, LocalDate.of(2016, 3, 1), HUGO, LocalDate.of(2018, 5, 10), ZOE, LocalDate.of(2019, 1, 1));
    }

    private BookedDay unit(long child, LocalDate date, long unitId) {
        return day(child, date, unitId, null, State.ACCEPTED);
    }

    private BookedDay service(long child, LocalDate date, long serviceId) {
        return day(child, date, null, serviceId, State.ACCEPTED);
    }

    private BookedDay day(long child, LocalDate date, Long unitId, Long serviceId, State state) {
        return day(HOUSEHOLD, child, date, unitId, serviceId, state);
    }

    private BookedDay day(long household, long child, LocalDate date, Long unitId, Long serviceId, State state) {
        String label = unitId == null ? "REPAS" : unitId == JOURNEE ? "Journée" : "Matin";
        return new BookedDay(nextRequest++, household, child, NAMES.get(child), date, 500, 50, ACTIVITY, unitId, serviceId, label,
                state, false, "parent.demo@portail-familles.test");
    }

    private static final Map<Long, String> NAMES = Map.of(LEA, "Léa MARTIN", HUGO, "Hugo MARTIN", ZOE, "Zoé MARTIN");

    private static Map<Long, Charge> byChild(List<Charge> charges) {
        Map<Long, Charge> byChild = new HashMap<>();
        charges.forEach(charge -> byChild.put(charge.childId(), charge));
        return byChild;
    }

    private static List<BigDecimal> amounts(List<Charge> charges) {
        return new ArrayList<>(charges.stream().map(Charge::amount).toList());
    }

    static QuotientBracket bracket(int min, Integer max, String price) {
        return new QuotientBracket(min, max, money(price));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
