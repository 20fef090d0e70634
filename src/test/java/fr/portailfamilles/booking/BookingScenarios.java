package fr.portailfamilles.booking;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Test archives only: prepares what the follow-up journeys need and the demo data cannot give at any date, for
 * the demo parent's first child: a day held with a second family waiting behind it, an accepted day past its
 * cancellation deadline, and a request waiting for staff. Answers the three activities' names and the waiting family's e-mail, one per line.
 */
@WebServlet("/test-scenarios/booking")
public class BookingScenarios extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    PlaceCounters placeCounters;

    @Inject
    AsParent asParent;

    @Inject
    BookingDesk desk;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String waitingParent;
        try {
            long[] demo = demoFamily();
            BookingFixture waiting = BookingFixture.create(em, transaction, placeCounters, "ATTENTE " + suffix, 1, 1, true);
            book(waiting, demo, TestServer.PARENT);
            waitingParent = BookingFixture.parentOf(waiting.families.get(0));
            book(waiting, waiting.families.get(0), waitingParent);
            BookingFixture certificate = BookingFixture.create(em, transaction, placeCounters, "CERTIFICAT " + suffix, 0, 5, true);
            book(certificate, demo, TestServer.PARENT);
            certificate.pastDeadline(em, transaction);
            BookingFixture answers = BookingFixture.create(em, transaction, placeCounters, "RÉPONSES " + suffix, 0, 5, false);
            book(answers, demo, TestServer.PARENT);
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", List.of("ATTENTE " + suffix, "CERTIFICAT " + suffix, "RÉPONSES " + suffix, waitingParent)));
    }

    /** Client side: prepares the scenarios on the test server; their names as {@link #doPost} answers them. */
    static String[] prepare() {
        HttpResponse<String> prepared = Http.testServer().post("test-scenarios/booking", Map.of());
        if (prepared.statusCode() != 200) {
            throw new IllegalStateException("The booking scenarios answered " + prepared.statusCode() + ": " + prepared.body());
        }
        return prepared.body().split("\n");
    }

    private long[] demoFamily() {
        Household household = em.find(Household.class, em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", TestServer.PARENT).getSingleResult().getHouseholdId());
        return new long[]{household.getId(), household.getChildren().get(0).getId()};
    }

    private void book(BookingFixture fixture, long[] family, String parent) throws Exception {
        asParent.call(() -> desk.request(family[0], family[1], List.of(Wish.unit(fixture.dayId, fixture.morningId)), parent));
    }
}
