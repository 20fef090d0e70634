package fr.portailfamilles.booking;

import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDay.State;
import fr.portailfamilles.booking.boundary.BookedDays;
import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Cancellations;
import fr.portailfamilles.booking.boundary.MedicalCertificates;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What invoicing will read of a month: for each family, the units and services booked per child and day with
 * their state (accepted, cancelled in time, excused by a certificate, refused, never placed), and the list of
 * families with something to bill.
 */
@ExtendWith(ArquillianExtension.class)
class BookedDaysIT {

    private static final String STAFF = "accueil@exemple.fr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(BookedDaysIT.class, BookingFixture.class, AsParent.class, AsStaff.class);
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
    BookingAnswers answers;

    @Inject
    Cancellations cancellations;

    @Inject
    MedicalCertificates certificates;

    @Inject
    BookedDays bookedDays;

    @Test
    void aMonthReadsEachBookedDayWithItsStateForTheInvoice() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters,
                "FACTURATION " + System.nanoTime() % 1_000_000, 5, 5, false);
        long[] billed = fixture.families.get(0);
        long[] cancelled = fixture.families.get(1);
        long[] refused = fixture.families.get(2);
        long[] excused = fixture.families.get(3);
        long[] pending = fixture.families.get(4);
        List<Long> morningAndMeal = request(billed, Wish.unit(fixture.dayId, fixture.morningId),
                Wish.service(fixture.dayId, fixture.mealId));
        long cancelledMorning = request(cancelled, Wish.unit(fixture.dayId, fixture.morningId)).get(0);
        long refusedMorning = request(refused, Wish.unit(fixture.dayId, fixture.morningId)).get(0);
        long excusedDay = request(excused, Wish.unit(fixture.dayId, fixture.fullDayId)).get(0);
        request(pending, Wish.unit(fixture.dayId, fixture.morningId));
        asStaff.call(() -> answers.accept(List.of(morningAndMeal.get(0), morningAndMeal.get(1), cancelledMorning, excusedDay), STAFF));
        asStaff.call(() -> {
            answers.refuse(List.of(refusedMorning), "Groupe complet.", STAFF);
            return null;
        });
        asParent.call(() -> cancellations.cancel(cancelled[0], List.of(cancelledMorning), BookingFixture.parentOf(cancelled)));
        fixture.pastDeadline(em, transaction);
        long certificate = asParent.call(() -> certificates.send(excused[0], List.of(excusedDay), "certificat.pdf", BookingFixture.PDF,
                BookingFixture.parentOf(excused))).getId();
        asStaff.call(() -> {
            certificates.validate(certificate, STAFF);
            return null;
        });
        LocalDate date = em.find(BookingRequest.class, excusedDay).getDate();
        YearMonth month = YearMonth.from(date);

        List<BookedDay> days = asStaff.call(() -> bookedDays.of(billed[0], month));

        assertEquals(2, days.size());
        BookedDay unit = days.get(0);
        assertEquals(List.of(morningAndMeal.get(0), billed[0], billed[1], date, fixture.dayId, fixture.activityId),
                Arrays.asList(unit.requestId(), unit.householdId(), unit.childId(), unit.date(), unit.openingDayId(), unit.activityId()));
        assertEquals(fixture.morningId, unit.unitId());
        assertNull(unit.serviceId());
        assertEquals("Matin", unit.label());
        assertEquals(State.ACCEPTED, unit.state());
        assertTrue(unit.isBillable());
        assertEquals(BookingFixture.parentOf(billed), unit.bookedBy());
        BookedDay meal = days.get(1);
        assertEquals(List.of(fixture.mealId, "REPAS", State.ACCEPTED), Arrays.asList(meal.serviceId(), meal.label(), meal.state()));
        assertNull(meal.unitId());

        assertEquals(List.of(State.CANCELLED_IN_TIME), states(cancelled, month));
        assertEquals(List.of(State.REFUSED), states(refused, month));
        assertEquals(List.of(State.ABSENCE_JUSTIFIED), states(excused, month));
        assertEquals(List.of(State.NOT_PLACED), states(pending, month));
        assertTrue(asStaff.call(() -> bookedDays.of(billed[0], month.plusMonths(1))).isEmpty(), "the next month has nothing");

        List<Long> households = fixture.families.stream().map(family -> family[0]).toList();
        Map<Long, List<BookedDay>> chunk = asStaff.call(() -> bookedDays.of(households, month));
        assertEquals(households, List.copyOf(chunk.keySet()), "a chunk of households, each with its days, read at once");
        assertEquals(days, chunk.get(billed[0]));
        List<Long> toBill = asStaff.call(() -> bookedDays.householdsToBill(month));
        assertTrue(toBill.contains(billed[0]));
        assertFalse(List.of(cancelled[0], refused[0], excused[0], pending[0]).stream().anyMatch(toBill::contains),
                "only families with a day to bill");
    }

    private List<Long> request(long[] family, Wish... wishes) throws Exception {
        return asParent.call(() -> desk.request(family[0], family[1], List.of(wishes), BookingFixture.parentOf(family)))
                .stream().map(BookingRequest::getId).toList();
    }

    private List<State> states(long[] family, YearMonth month) throws Exception {
        return asStaff.call(() -> bookedDays.of(family[0], month)).stream().map(BookedDay::state).toList();
    }
}
