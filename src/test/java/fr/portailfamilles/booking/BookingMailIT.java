package fr.portailfamilles.booking;

import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family receives one e-mail per event, listing its lines, not one per request: a parent's submission of several
 * days, a staff batch accepting or refusing several requests of one family. GreenMail in the server's JVM is the relay.
 */
@ExtendWith(ArquillianExtension.class)
class BookingMailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(BookingMailIT.class, BookingFixture.class, AsParent.class, AsStaff.class)
                .addAsLibraries(Mailbox.library());
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

    @Test
    void aSubmissionOfSeveralDaysIsOneEmailListingEveryLine() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "UN COURRIEL 2027", 1, 5, false, 3);
        long[] family = fixture.families.get(0);
        String parent = BookingFixture.parentOf(family);

        try (Mailbox mailbox = Mailbox.start()) {
            List<BookingRequest> made = asParent.call(() -> desk.request(family[0], family[1], fullDaysWithMeal(fixture), parent));

            assertEquals(2 * fixture.dayIds.size(), made.size());
            assertEquals(1, outboxCount(parent), "one e-mail for the submission");
            String body = text(mailbox.await(parent, "Vos demandes d’inscription"));
            for (BookingRequest request : made) {
                assertTrue(body.contains(line(request, "en attente")), "every line is listed:\n" + body);
            }
            assertEquals(1, mailbox.count(parent));
        }
    }

    @Test
    void aMealAcceptedWithoutItsDaysUnitIsLeftPendingUntilItsUnitIs() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "UN REPAS SEUL 2027", 1, 5, false, 1);
        long[] family = fixture.families.get(0);
        List<BookingRequest> made = asParent.call(() -> desk.request(family[0], family[1], fullDaysWithMeal(fixture),
                BookingFixture.parentOf(family)));
        long meal = made.stream().filter(r -> r.getService() != null).findFirst().orElseThrow().getId();
        long unit = made.stream().filter(r -> r.getService() == null).findFirst().orElseThrow().getId();

        assertEquals(new BookingAnswers.Accepted(0, 0, 1), asStaff.call(() -> answers.accept(List.of(meal), "accueil.test@exemple.fr")));
        assertEquals(BookingStatus.PENDING, em.find(BookingRequest.class, meal).getStatus(), "left as it was");
        assertEquals(0, outboxCount(BookingFixture.parentOf(family), "Réponse%"), "nothing said to the family");
        assertEquals(new BookingAnswers.Accepted(2, 0, 0), asStaff.call(() -> answers.accept(List.of(unit, meal), "accueil.test@exemple.fr")),
                "with its unit, the meal waiting is accepted");
    }

    @Test
    void aStaffBatchAcceptingSeveralRequestsOfAFamilyIsOneEmailToIt() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "UNE REPONSE 2027", 2, 5, false, 2);
        long[] first = fixture.families.get(0);
        long[] second = fixture.families.get(1);
        List<Long> ids = new ArrayList<>();

        try (Mailbox mailbox = Mailbox.start()) {
            asParent.call(() -> desk.request(first[0], first[1], fullDaysWithMeal(fixture), BookingFixture.parentOf(first)))
                    .forEach(r -> ids.add(r.getId()));
            asParent.call(() -> desk.request(second[0], second[1], List.of(Wish.unit(fixture.dayId, fixture.fullDayId)),
                    BookingFixture.parentOf(second))).forEach(r -> ids.add(r.getId()));
            assertEquals(ids.size(), asStaff.call(() -> answers.accept(ids, "accueil.test@exemple.fr")).accepted());

            assertEquals(1, outboxCount(BookingFixture.parentOf(first), "Réponse%"), "one e-mail for the batch, not one per request");
            assertEquals(1, outboxCount(BookingFixture.parentOf(second), "Réponse%"), "each family its own");
            String body = text(mailbox.await(BookingFixture.parentOf(first), "Réponse à vos demandes"));
            List<BookingRequest> theirs = em.createQuery("select r from BookingRequest r where r.child.id = :child", BookingRequest.class)
                    .setParameter("child", first[1]).getResultList();
            assertEquals(2 * fixture.dayIds.size(), theirs.size());
            for (BookingRequest request : theirs) {
                assertTrue(body.contains(line(request, "acceptée")), "every answer is listed:\n" + body);
            }
            mailbox.await(BookingFixture.parentOf(second), "Réponse à vos demandes");
            assertEquals(2, mailbox.count(BookingFixture.parentOf(first)), "the submission's e-mail and the answer's");
        }
    }

    @Test
    void aStaffBatchRefusingSeveralDaysIsOneEmailGivingTheReasonOnEachLine() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "UN REFUS 2027", 1, 5, false, 2);
        long[] family = fixture.families.get(0);
        String parent = BookingFixture.parentOf(family);
        List<Wish> fullDays = fixture.dayIds.stream().map(day -> Wish.unit(day, fixture.fullDayId)).toList();
        List<Long> ids = asParent.call(() -> desk.request(family[0], family[1], fullDays, parent)).stream()
                .map(BookingRequest::getId).toList();

        try (Mailbox mailbox = Mailbox.start()) {
            asStaff.call(() -> {
                answers.refuse(ids, "Groupe complet ce mois-ci", "accueil.test@exemple.fr");
                return null;
            });

            assertEquals(1, outboxCount(parent, "Réponse%"));
            String body = text(mailbox.await(parent, "Réponse à vos demandes"));
            for (long id : ids) {
                BookingRequest refused = em.find(BookingRequest.class, id);
                assertTrue(body.contains(line(refused, "refusée (motif : Groupe complet ce mois-ci)")), body);
            }
        }
    }

    /** A Journée and its REPAS on every Wednesday of the period. */
    private static List<Wish> fullDaysWithMeal(BookingFixture fixture) {
        List<Wish> wishes = new ArrayList<>();
        for (long day : fixture.dayIds) {
            wishes.add(Wish.unit(day, fixture.fullDayId));
            wishes.add(Wish.service(day, fixture.mealId));
        }
        return wishes;
    }

    /** As the e-mail writes it: « – Enfant 0, 05/05/2027, Journée : acceptée ». */
    private String line(BookingRequest request, String outcome) {
        BookingRequest stored = em.find(BookingRequest.class, request.getId());
        return "– " + stored.getChild().getFirstName() + ", " + stored.getDate().format(ParisTime.DAY) + ", " + stored.what()
                + " : " + outcome;
    }

    private long outboxCount(String recipient) {
        return outboxCount(recipient, "%");
    }

    private long outboxCount(String recipient, String subject) {
        return em.createQuery("select count(m) from OutboxMessage m where m.recipient = :to and m.subject like :subject", Long.class)
                .setParameter("to", recipient).setParameter("subject", subject).getSingleResult();
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }
}
