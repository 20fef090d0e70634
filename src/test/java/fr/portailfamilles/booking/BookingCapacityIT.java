package fr.portailfamilles.booking;

import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.platform.boundary.ActionRefused;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capacity rule under concurrency, on the real database (H2, and PostgreSQL in CI's second pass): 50
 * parents asking at once for the last 5 places get exactly 5 acceptances and 45 places on the waiting list;
 * a double click is one request; a Journée and a Matin the same day, or a meal without a unit, are refused.
 */
@ExtendWith(ArquillianExtension.class)
class BookingCapacityIT {

    private static final int PARENTS = 50;
    private static final int PLACES = 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(BookingCapacityIT.class, BookingFixture.class, AsParent.class, AsStaff.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    AsParent asParent;

    @Inject
    BookingDesk desk;

    @Inject
    AsStaff asStaff;

    @Inject
    PlaceCounters placeCounters;

    @Inject
    BookingAnswers answers;

    private long dayId;
    private long fullDayId;
    private long morningId;
    private long mealId;

    @Test
    void fiftyParentsForFivePlacesGetFiveAcceptancesAndFortyFiveWaiting() throws Exception {
        List<long[]> families = setUp("CAPACITÉ 2027", PARENTS);
        ExecutorService parents = Executors.newFixedThreadPool(PARENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BookingStatus>> answers = new ArrayList<>();
        for (long[] family : families) {
            answers.add(parents.submit(() -> {
                start.await();
                return asParent.call(() -> desk.request(family[0], family[1], List.of(Wish.unit(dayId, fullDayId)),
                        "parent" + family[0] + "@exemple.fr")).get(0).getStatus();
            }));
        }
        start.countDown();
        List<BookingStatus> statuses = new ArrayList<>();
        for (Future<BookingStatus> answer : answers) {
            statuses.add(answer.get(2, TimeUnit.MINUTES));
        }
        parents.shutdown();

        assertEquals(PLACES, statuses.stream().filter(s -> s == BookingStatus.ACCEPTED).count(), statuses.toString());
        assertEquals(PARENTS - PLACES, statuses.stream().filter(s -> s == BookingStatus.WAITING).count());
        for (String halfDay : List.of("AM", "PM")) {
            assertEquals(PLACES, ((Number) em.createNativeQuery("select taken from place_count where opening_day_id = ?1 and pool like ?2")
                    .setParameter(1, dayId).setParameter(2, "%:" + halfDay).getSingleResult()).intValue());
        }
    }

    @Test
    void aChildIsNeverBookedTwiceForTheSameHalfDay() throws Exception {
        long[] family = setUp("DOUBLONS 2027", 1).get(0);
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> click = () -> {
            start.await();
            try {
                asParent.call(() -> desk.request(family[0], family[1], List.of(Wish.unit(dayId, fullDayId)), "p@exemple.fr"));
                return true;
            } catch (ActionRefused refused) {
                return false;
            } catch (jakarta.ejb.EJBException lostTheRace) {
                return false;
            }
        };
        Future<Boolean> first = clicks.submit(click);
        Future<Boolean> second = clicks.submit(click);
        start.countDown();
        int recorded = (first.get(1, TimeUnit.MINUTES) ? 1 : 0) + (second.get(1, TimeUnit.MINUTES) ? 1 : 0);
        clicks.shutdown();

        assertEquals(1, recorded, "a double click makes one request");
        assertEquals(1L, em.createQuery("select count(r) from BookingRequest r where r.child.id = :child", Long.class)
                .setParameter("child", family[1]).getSingleResult());
        ActionRefused morning = assertThrows(ActionRefused.class, () -> asParent.call(() ->
                desk.request(family[0], family[1], List.of(Wish.unit(dayId, morningId)), "p@exemple.fr")));
        assertEquals("booking.alreadyRequested", morning.messageKey(), "a Matin the day of a Journée");
    }

    @Test
    void aMealNeedsAUnitThatDay() throws Exception {
        long[] family = setUp("REPAS 2027", 1).get(0);
        ActionRefused alone = assertThrows(ActionRefused.class, () -> asParent.call(() ->
                desk.request(family[0], family[1], List.of(Wish.service(dayId, mealId)), "p@exemple.fr")));
        assertEquals("booking.serviceNeedsUnit", alone.messageKey());

        List<BookingRequest> made = asParent.call(() -> desk.request(family[0], family[1],
                List.of(Wish.service(dayId, mealId), Wish.unit(dayId, morningId)), "p@exemple.fr"));
        assertEquals(2, made.size());
        assertTrue(made.stream().allMatch(r -> r.getStatus() == BookingStatus.ACCEPTED));
    }

    @Test
    void staffAcceptWithinThePlacesLeftAndARefusalFreesTheDay() throws Exception {
        List<long[]> families = setUp("RÉPONSES 2027", PLACES + 1, false);
        List<Long> requests = new ArrayList<>();
        for (long[] family : families) {
            BookingRequest made = asParent.call(() -> desk.request(family[0], family[1], List.of(Wish.unit(dayId, morningId)),
                    "parent" + family[0] + "@exemple.fr")).get(0);
            assertEquals(BookingStatus.PENDING, made.getStatus(), "this period is answered by staff");
            requests.add(made.getId());
        }

        assertEquals(PLACES, asStaff.call(() -> answers.accept(requests, "accueil@exemple.fr")).accepted());
        Long last = requests.get(PLACES);
        assertEquals(BookingStatus.WAITING, status(last), "no place left: the waiting list");
        asStaff.call(() -> {
            answers.refuse(List.of(last), "Groupe complet ce jour-là.", "accueil@exemple.fr");
            return null;
        });
        assertEquals(BookingStatus.REFUSED, status(last));
        long[] refusedFamily = families.get(PLACES);
        assertEquals(BookingStatus.PENDING, asParent.call(() -> desk.request(refusedFamily[0], refusedFamily[1],
                List.of(Wish.unit(dayId, morningId)), "p@exemple.fr")).get(0).getStatus(), "a refusal frees the half-day");
        assertTrue(((Number) em.createNativeQuery("select count(*) from outbox_message where recipient = ?1")
                .setParameter(1, "parent" + refusedFamily[0] + "@exemple.fr").getSingleResult()).intValue() >= 3,
                "the family was told of its request, the waiting list and the refusal");
    }

    private BookingStatus status(long requestId) {
        return em.createQuery("select r.status from BookingRequest r where r.id = :id", BookingStatus.class)
                .setParameter("id", requestId).getSingleResult();
    }

    private List<long[]> setUp(String name, int familyCount) throws Exception {
        return setUp(name, familyCount, true);
    }

    private List<long[]> setUp(String name, int familyCount, boolean automatic) throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, name, familyCount, PLACES, automatic);
        dayId = fixture.dayId;
        fullDayId = fixture.fullDayId;
        morningId = fixture.morningId;
        mealId = fixture.mealId;
        return fixture.families;
    }
}
