package fr.portailfamilles.billing;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.billing.boundary.Tariffs;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.ChargeRules;
import fr.portailfamilles.billing.control.HouseholdTerms;
import fr.portailfamilles.billing.control.MemberTowns;
import fr.portailfamilles.billing.control.TariffBook;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDays;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.household.boundary.BillableHousehold;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the invoice run reads, as staff (its @RunAs identity): the month's tariffs, the households' terms in one
 * chunk, and the demo's months priced whole by the charge rules (every day the demo booked has its tariff).
 */
@ExtendWith(ArquillianExtension.class)
class BillingReadsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(BillingReadsIT.class, AsStaff.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AsStaff asStaff;

    @Inject
    Tariffs tariffs;

    @Inject
    Households households;

    @Inject
    BookedDays bookedDays;

    @Inject
    Activities activities;

    @Inject
    Clock clock;

    @Test
    void theMonthsTariffBookPricesTheDemosJourneeByBracket() throws Exception {
        Activity wednesdays = activities.all().stream().filter(a -> a.getName().startsWith("MERCREDI "))
                .filter(a -> !a.getEndsOn().isBefore(clock.today())).findFirst().orElseThrow();
        ActivityUnit journee = wednesdays.getUnits().stream().filter(u -> u.getLabel().equals("Journée")).findFirst().orElseThrow();
        YearMonth month = YearMonth.from(wednesdays.getStartsOn());

        TariffBook book = asStaff.call(() -> tariffs.book(month));

        TariffTerms tariff = book.on(ChargeKind.UNIT, journee.getId(), wednesdays.getStartsOn()).orElseThrow();
        assertEquals(new BigDecimal("8.50"), tariff.priceFor(OptionalInt.of(650), true));
        assertEquals(new BigDecimal("11.50"), tariff.priceFor(OptionalInt.of(651), true));
        assertEquals(new BigDecimal("18.00"), tariff.priceFor(OptionalInt.empty(), true));
        assertEquals(new BigDecimal("23.40"), tariff.priceFor(OptionalInt.of(400), false));
        assertEquals(new BigDecimal("10.00"), tariff.siblingReduction());
        assertTrue(book.on(ChargeKind.UNIT, journee.getId(), wednesdays.getStartsOn().minusDays(1)).isEmpty(), "not before the activity");
    }

    @Test
    void aChunkOfHouseholdsIsReadWithQuotientsChildrenAndBilledGuardian() throws Exception {
        long martin = householdId("Famille MARTIN");
        long fournier = householdId("Famille FOURNIER");
        long morel = householdId("Famille MOREL");

        Map<Long, BillableHousehold> read = asStaff.call(() -> households.forBilling(List.of(martin, fournier, morel, -1L)));

        assertEquals(Set.of(martin, fournier, morel), read.keySet(), "an unknown id is left out");
        BillableHousehold martins = read.get(martin);
        assertTrue(Set.of("Montbazon", "Veigné").contains(martins.town()), "the demo's town, or the one a journey test moves them to");
        assertEquals(2, martins.children().size());
        assertFalse(martins.quotients().isEmpty());
        assertNotNull(martins.billedGuardian());
        assertEquals("Julie MARTIN", martins.billedGuardian().name());
        assertEquals("MME", martins.billedGuardian().civility());
        assertTrue(martins.billedGuardian().postalAddress().endsWith("\n37250 " + martins.town()), martins.billedGuardian().postalAddress());
        MemberTowns towns = asStaff.call(() -> tariffs.memberTowns());
        assertTrue(HouseholdTerms.of(martins, towns).insideMemberTowns());
        Set<Long> mothersChildren = read.get(fournier).children().stream().map(BillableHousehold.ChildBirth::childId).collect(Collectors.toSet());
        assertEquals(1, read.get(morel).children().stream().filter(child -> mothersChildren.contains(child.childId())).count(),
                "the separated parents' child is in both files");
    }

    /** Each of the demo's months, for each of its households: charges computed, none missing a tariff. */
    @Test
    void everyDayTheDemoBookedHasItsTariff() throws Exception {
        List<Long> demo = em.createQuery("select h.id from Household h order by h.id", Long.class).setMaxResults(20).getResultList();
        MemberTowns towns = asStaff.call(() -> tariffs.memberTowns());
        Map<Long, BillableHousehold> files = asStaff.call(() -> households.forBilling(demo));
        int billed = 0;
        for (int back = 1; back <= 5; back++) {
            YearMonth month = clock.month().minusMonths(back);
            List<Long> toBill = asStaff.call(() -> bookedDays.householdsToBill(month)).stream().filter(demo::contains).toList();
            Map<Long, List<BookedDay>> days = asStaff.call(() -> bookedDays.of(toBill, month));
            TariffBook book = asStaff.call(() -> tariffs.book(month));
            for (long household : toBill) {
                List<Charge> charges = ChargeRules.charges(days.get(household), Map.of(), HouseholdTerms.of(files.get(household), towns), book);
                assertTrue(charges.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0,
                        household + " in " + month);
                billed++;
            }
        }
        assertTrue(billed > 0, "the demo's history has months to bill");
    }

    private long householdId(String name) {
        return em.createQuery("select h.id from Household h where h.name = :name order by h.id", Long.class)
                .setParameter("name", name).setMaxResults(1).getSingleResult();
    }
}
