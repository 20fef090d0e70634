package fr.portailfamilles.booking;

import fr.portailfamilles.activity.boundary.ActivityEditing;
import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.billing.boundary.Tariffs;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.QuotientBracket;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.Deployments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff change and remove an activity's groups, units and services: what families booked or what a tariff prices
 * stays, said with what depends on it; what nothing uses goes, with its place counters; parents may do neither.
 */
@ExtendWith(ArquillianExtension.class)
class StructureRemovalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(StructureRemovalIT.class, BookingFixture.class, AsParent.class, AsStaff.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    PlaceCounters placeCounters;

    @Inject
    AsParent asParent;

    @Inject
    AsStaff asStaff;

    @Inject
    BookingDesk desk;

    @Inject
    ActivityEditing editing;

    @Inject
    Tariffs tariffs;

    @Inject
    Clock clock;

    @Test
    void whatFamiliesBookedStaysAndWhatNothingUsesGoes() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "STRUCTURE 2027", 1, 5, true);
        long[] family = fixture.families.get(0);
        asParent.call(() -> desk.request(family[0], family[1], List.of(Wish.unit(fixture.dayId, fixture.fullDayId)),
                BookingFixture.parentOf(family)));

        ActionRefused booked = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            editing.removeUnit(fixture.activityId, fixture.fullDayId);
            return null;
        }));
        assertEquals("activity.remove.booked", booked.messageKey());
        assertArrayEquals(new Object[]{"Journée", 1L}, booked.arguments());
        ActionRefused groupBooked = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            editing.removeGroup(fixture.activityId, fixture.groupId);
            return null;
        }));
        assertEquals("activity.remove.groupBooked", groupBooked.messageKey());
        ActionRefused periodBooked = assertThrows(ActionRefused.class, () -> asStaff.call(() -> editing.removePeriod(fixture.periodId)));
        assertEquals("activity.remove.booked", periodBooked.messageKey());

        asStaff.call(() -> {
            editing.removeUnit(fixture.activityId, fixture.morningId);
            return null;
        });
        List<String> units = activity(fixture).getUnits().stream().map(u -> u.getLabel()).toList();
        assertEquals(List.of("Journée"), units, "the unused Matin is gone, the booked Journée stays");
    }

    @Test
    void aPricedServiceStaysUntilItsTariffsAreRemoved() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "TARIFÉ 2027", 0, 5, true);
        long tariff = asStaff.call(() -> tariffs.create(fixture.activityId, new TariffTerms(ChargeKind.SERVICE, fixture.mealId,
                activity(fixture).getStartsOn(), null, List.of(new QuotientBracket(0, null, new BigDecimal("3.50"))), null, null)));

        ActionRefused priced = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            editing.removeService(fixture.activityId, fixture.mealId);
            return null;
        }));
        assertEquals("activity.remove.priced", priced.messageKey());
        assertArrayEquals(new Object[]{"REPAS", 1}, priced.arguments());

        asStaff.call(() -> {
            tariffs.remove(tariff);
            editing.removeService(fixture.activityId, fixture.mealId);
            return null;
        });
        assertTrue(activity(fixture).getServices().isEmpty());
    }

    @Test
    void aGroupIsRenamedWithinTheActivitysAgesAndAParentChangesNothing() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "RENOMMÉ 2027", 0, 5, true);
        asStaff.call(() -> {
            editing.changeGroup(fixture.activityId, fixture.groupId, " Tous ", 4, 16);
            editing.renameUnit(fixture.activityId, fixture.morningId, "Matinée");
            editing.renameService(fixture.activityId, fixture.mealId, "déjeuner");
            return null;
        });
        Activity changed = activity(fixture);
        assertEquals("Tous", changed.getGroups().get(0).getName());
        assertEquals(4, changed.getGroups().get(0).getAgeMin());
        assertEquals(5, changed.getGroups().get(0).getCapacity(), "the places are not changed here");
        assertTrue(changed.getUnits().stream().anyMatch(u -> u.getLabel().equals("Matinée")));
        assertEquals("DÉJEUNER", changed.getServices().get(0).getLabel());

        ActionRefused outside = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            editing.changeGroup(fixture.activityId, fixture.groupId, "Grands", 2, 18);
            return null;
        }));
        assertEquals("activity.group.invalid", outside.messageKey());
        ActionRefused reversed = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            editing.changeGroup(fixture.activityId, fixture.groupId, "Grands", 10, 3);
            return null;
        }));
        assertEquals("activity.group.agesReversed", reversed.messageKey(), "said as it is, not as an overlap");
        assertEquals("Tous", activity(fixture).getGroups().get(0).getName(), "nothing half-saved");
        asStaff.call(() -> {
            editing.changePeriod(fixture.periodId, clock.today(), clock.today().plusDays(3), new CancellationRule(2, LocalTime.of(18, 0)), false);
            return null;
        });
        Period period = em.find(Period.class, fixture.periodId);
        assertEquals(clock.today().plusDays(3), period.getRegistrationClosesOn());
        assertEquals(new CancellationRule(2, LocalTime.of(18, 0)), period.getCancellationRule());
        assertEquals(fixture.activityId, asStaff.call(() -> editing.removePeriod(fixture.periodId)), "a period nobody booked goes");
        em.clear();
        assertEquals(null, em.find(Period.class, fixture.periodId));
        assertThrows(EJBAccessException.class, () -> asParent.call(() -> {
            editing.removeUnit(fixture.activityId, fixture.morningId);
            return null;
        }));
    }

    private Activity activity(BookingFixture fixture) {
        em.clear();
        Activity activity = em.find(Activity.class, fixture.activityId);
        activity.getUnits().size();
        activity.getServices().size();
        activity.getGroups().size();
        return activity;
    }
}
