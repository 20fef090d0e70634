package fr.portailfamilles.booking;

import fr.portailfamilles.activity.boundary.ActivityEditing;
import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Cancellations;
import fr.portailfamilles.booking.boundary.DayFill;
import fr.portailfamilles.booking.boundary.FillRates;
import fr.portailfamilles.booking.boundary.MedicalCertificates;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.booking.control.WaitingList;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What happens to a request after it was made: cancelled by the family before the deadline (its place goes to
 * the first waiting request, whose family is told), excused by a medical certificate after it, its places
 * raised or lowered by staff; and the day's counts staff read.
 */
@ExtendWith(ArquillianExtension.class)
class BookingLifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(BookingLifecycleIT.class, BookingFixture.class, AsParent.class, AsStaff.class);
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
    Cancellations cancellations;

    @Inject
    BookingAnswers answers;

    @Inject
    MedicalCertificates certificates;

    @Inject
    ActivityEditing editing;

    @Inject
    FillRates fillRates;

    @Inject
    Clock clock;

    @Inject
    ChangeRequests changeRequests;

    @Test
    void morningAndFullDayTickedTogetherAreToldToCoverTheSameHalfDay() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "CHEVAUCHEMENT 2027", 1, 5, true);
        long[] family = fixture.families.get(0);

        ActionRefused overlap = assertThrows(ActionRefused.class, () -> asParent.call(() -> desk.request(family[0], family[1],
                List.of(Wish.unit(fixture.dayId, fixture.morningId), Wish.unit(fixture.dayId, fixture.fullDayId)),
                BookingFixture.parentOf(family))));

        assertEquals("booking.sameHalfDay", overlap.messageKey(), "nothing was booked before: not 'déjà inscrit'");
        assertEquals(Set.of("Matin", "Journée"), Set.of(overlap.arguments()[0], overlap.arguments()[1]));
        assertEquals(0L, em.createQuery("select count(r) from BookingRequest r where r.child.id = :child", Long.class)
                .setParameter("child", family[1]).getSingleResult());
    }

    @Test
    void aCancellationBeforeTheDeadlineGivesThePlaceToTheFirstWaitingRequest() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "ANNULATION 2027", 3, 1, true);
        long first = book(fixture, 0, fixture.morningId);
        long second = book(fixture, 1, fixture.morningId);
        long third = book(fixture, 2, fixture.morningId);
        assertEquals(List.of(BookingStatus.ACCEPTED, BookingStatus.WAITING, BookingStatus.WAITING), statuses(first, second, third));

        long[] firstFamily = fixture.families.get(0);
        ActionRefused notTheirs = assertThrows(ActionRefused.class, () -> asParent.call(() ->
                cancellations.cancel(fixture.families.get(1)[0], List.of(first), "intrus@exemple.fr")));
        assertEquals("registrations.notCancellable", notTheirs.messageKey(), "another family's request");

        asParent.call(() -> cancellations.cancel(firstFamily[0], List.of(first), BookingFixture.parentOf(firstFamily)));

        assertEquals(List.of(BookingStatus.CANCELLED, BookingStatus.ACCEPTED, BookingStatus.WAITING), statuses(first, second, third),
                "the place went to the request that came first");
        assertEquals(WaitingList.PROMOTION, em.find(BookingRequest.class, second).getAnsweredBy());
        assertEquals(1, mails(BookingFixture.parentOf(fixture.families.get(1)), "Une place s’est libérée%"));
        assertEquals(1, taken(fixture, "AM"));
        assertEquals(BookingStatus.WAITING, asParent.call(() -> desk.request(firstFamily[0], firstFamily[1],
                List.of(Wish.unit(fixture.dayId, fixture.morningId)), BookingFixture.parentOf(firstFamily))).get(0).getStatus(),
                "a cancelled half-day can be asked for again, behind the others now");
    }

    @Test
    void aMealWaitsWithItsUnitAndTakesThePlaceWithIt() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "REPAS EN ATTENTE 2027", 2, 1, true);
        long first = book(fixture, 0, fixture.morningId);
        long[] second = fixture.families.get(1);
        List<BookingRequest> made = asParent.call(() -> desk.request(second[0], second[1],
                List.of(Wish.service(fixture.dayId, fixture.mealId), Wish.unit(fixture.dayId, fixture.morningId)), BookingFixture.parentOf(second)));
        assertEquals(List.of(BookingStatus.WAITING, BookingStatus.WAITING), made.stream().map(BookingRequest::getStatus).toList(),
                "no meal without a place at the centre that day");

        asParent.call(() -> cancellations.cancel(fixture.families.get(0)[0], List.of(first), BookingFixture.parentOf(fixture.families.get(0))));

        assertEquals(List.of(BookingStatus.ACCEPTED, BookingStatus.ACCEPTED), statuses(made.get(0).getId(), made.get(1).getId()),
                "the meal follows its unit off the waiting list");
    }

    @Test
    void aUnitCancelledTakesItsMealWith() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "ANNULATION REPAS 2027", 1, 5, true);
        long[] family = fixture.families.get(0);
        List<BookingRequest> made = asParent.call(() -> desk.request(family[0], family[1],
                List.of(Wish.unit(fixture.dayId, fixture.morningId), Wish.service(fixture.dayId, fixture.mealId)), BookingFixture.parentOf(family)));
        long morning = made.stream().filter(r -> r.getUnit() != null).findFirst().orElseThrow().getId();

        List<BookingRequest> cancelled = asParent.call(() -> cancellations.cancel(family[0], List.of(morning), BookingFixture.parentOf(family)));

        assertEquals(2, cancelled.size(), "a meal needs a unit that day");
        assertEquals(List.of(BookingStatus.CANCELLED, BookingStatus.CANCELLED), statuses(made.get(0).getId(), made.get(1).getId()));
        assertEquals(0, taken(fixture, "AM"));
        assertEquals(1, mails(BookingFixture.parentOf(family), "Annulation pour%"));
    }

    @Test
    void aRefusedUnitTakesItsMealWithItsReason() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "REFUS REPAS 2027", 1, 5, false);
        long[] family = fixture.families.get(0);
        List<BookingRequest> made = asParent.call(() -> desk.request(family[0], family[1],
                List.of(Wish.unit(fixture.dayId, fixture.morningId), Wish.service(fixture.dayId, fixture.mealId)), BookingFixture.parentOf(family)));
        long morning = made.stream().filter(r -> r.getUnit() != null).findFirst().orElseThrow().getId();
        long meal = made.stream().filter(r -> r.getService() != null).findFirst().orElseThrow().getId();

        List<BookingRequest> refused = asStaff.call(() -> answers.refuse(List.of(morning), "Groupe complet ce jour-là.", "accueil@exemple.fr"));

        assertEquals(2, refused.size(), "a meal needs a unit that day: it is not left waiting for ever");
        assertEquals(List.of(BookingStatus.REFUSED, BookingStatus.REFUSED), statuses(morning, meal));
        assertEquals("Groupe complet ce jour-là.", em.find(BookingRequest.class, meal).getReason());
    }

    @Test
    void afterTheDeadlineAMedicalCertificateValidatedByStaffJustifiesTheAbsence() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "CERTIFICAT 2027", 2, 5, true);
        long[] family = fixture.families.get(0);
        List<BookingRequest> made = asParent.call(() -> desk.request(family[0], family[1],
                List.of(Wish.unit(fixture.dayId, fixture.morningId), Wish.service(fixture.dayId, fixture.mealId)), BookingFixture.parentOf(family)));
        long morning = made.stream().filter(r -> r.getUnit() != null).findFirst().orElseThrow().getId();
        ActionRefused tooEarly = assertThrows(ActionRefused.class, () -> asParent.call(() ->
                certificates.send(family[0], List.of(morning), "certificat.pdf", BookingFixture.PDF, BookingFixture.parentOf(family))));
        assertEquals("certificates.stillCancellable", tooEarly.messageKey(), "before the deadline the family cancels instead");
        assertEquals(ParisTime.day(made.get(0).getDate()), tooEarly.arguments()[0], "the refusal names the day");
        assertFalse(offeredACertificate(family[0], morning), "the list offers what the rule takes");
        fixture.pastDeadline(em, transaction);
        assertTrue(offeredACertificate(family[0], morning), "past the deadline, for a day still to come");
        assertTrue(made.get(0).getDate().isAfter(clock.today()));

        ActionRefused tooLate = assertThrows(ActionRefused.class, () -> asParent.call(() ->
                cancellations.cancel(family[0], List.of(morning), BookingFixture.parentOf(family))));
        assertEquals("registrations.tooLate", tooLate.messageKey());
        ActionRefused notAFile = assertThrows(ActionRefused.class, () -> asParent.call(() -> certificates.send(family[0], List.of(morning),
                "certificat.pdf", "ceci n’est pas un certificat".getBytes(StandardCharsets.UTF_8), BookingFixture.parentOf(family))));
        assertTrue(notAFile.messageKey().startsWith("document."), notAFile.messageKey());
        ActionRefused otherFamily = assertThrows(ActionRefused.class, () -> asParent.call(() -> certificates.send(fixture.families.get(1)[0],
                List.of(morning), "certificat.pdf", BookingFixture.PDF, "intrus@exemple.fr")));
        assertEquals("certificates.notForThese", otherFamily.messageKey());

        long certificate = asParent.call(() -> certificates.send(family[0], List.of(morning), "certificat.pdf", BookingFixture.PDF,
                BookingFixture.parentOf(family))).getId();
        assertEquals(1L, em.createQuery("select count(c) from MedicalCertificate c where c.id = :id and size(c.days) = 2", Long.class)
                .setParameter("id", certificate).getSingleResult(), "the day's meal is covered with its unit");
        ActionRefused again = assertThrows(ActionRefused.class, () -> asParent.call(() -> certificates.send(family[0], List.of(morning),
                "encore.pdf", BookingFixture.PDF, BookingFixture.parentOf(family))));
        assertEquals("certificates.alreadySent", again.messageKey(), "one certificate at a time for a day");
        assertFalse(offeredACertificate(family[0], morning));
        assertTrue(asStaff.call(() -> certificates.toExamine()).stream().anyMatch(c -> c.getId() == certificate));

        assertEquals("changes.reasonRequired", assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            certificates.refuse(certificate, " ", "accueil@exemple.fr");
            return null;
        })).messageKey());
        asStaff.call(() -> {
            certificates.validate(certificate, "accueil@exemple.fr");
            return null;
        });

        assertTrue(em.find(BookingRequest.class, morning).isAbsenceJustified());
        assertTrue(made.stream().allMatch(r -> em.find(BookingRequest.class, r.getId()).isAbsenceJustified()));
        assertEquals(1, mails(BookingFixture.parentOf(family), "Certificat médical accepté%"));
        assertEquals("changes.alreadyAnswered", assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            certificates.validate(certificate, "accueil@exemple.fr");
            return null;
        })).messageKey(), "answered once");
    }

    @Test
    void morePlacesPromoteTheWaitingListAndFewerThanAcceptedAreRefused() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "CAPACITÉ MODIFIÉE 2027", 3, 1, true);
        long first = book(fixture, 0, fixture.fullDayId);
        long second = book(fixture, 1, fixture.fullDayId);
        long third = book(fixture, 2, fixture.morningId);

        List<DayFill> before = asStaff.call(() -> fillRates.of(fixture.periodId));
        assertEquals(1, before.size());
        DayFill day = before.get(0);
        assertEquals(List.of(3, 1, 2, 1, 1, 1, 100),
                List.of(day.getRequested(), day.getAccepted(), day.getWaiting(), day.getCapacity(), day.getMorningTaken(),
                        day.getAfternoonTaken(), day.getRate()));

        asStaff.call(() -> {
            editing.changeGroupCapacity(fixture.activityId, fixture.groupId, 2);
            return null;
        });
        assertEquals(List.of(BookingStatus.ACCEPTED, BookingStatus.ACCEPTED, BookingStatus.WAITING), statuses(first, second, third),
                "the second place went to the first waiting request; the morning is full again");
        assertEquals(1, mails(BookingFixture.parentOf(fixture.families.get(1)), "Une place s’est libérée%"));

        ActionRefused fewer = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            editing.changeGroupCapacity(fixture.activityId, fixture.groupId, 1);
            return null;
        }));
        assertEquals("activity.capacity.belowTaken", fewer.messageKey());
        assertEquals(2, em.createQuery("select g.capacity from ActivityGroup g where g.id = :id", Integer.class)
                .setParameter("id", fixture.groupId).getSingleResult(), "nothing changed");
        DayFill after = asStaff.call(() -> fillRates.of(fixture.periodId)).get(0);
        assertEquals(List.of(3, 2, 1, 2, 2, 2, 100),
                List.of(after.getRequested(), after.getAccepted(), after.getWaiting(), after.getCapacity(), after.getMorningTaken(),
                        after.getAfternoonTaken(), after.getRate()), "the counts staff read follow the new places");
    }

    @Test
    void aRefusedCertificateIsToldWithItsReasonAndAnotherCanBeSent() throws Exception {
        BookingFixture fixture = BookingFixture.create(em, transaction, placeCounters, "CERTIFICAT REFUSÉ 2027", 1, 5, true);
        long[] family = fixture.families.get(0);
        long morning = book(fixture, 0, fixture.morningId);
        fixture.pastDeadline(em, transaction);
        long refused = asParent.call(() -> certificates.send(family[0], List.of(morning), "illisible.pdf", BookingFixture.PDF,
                BookingFixture.parentOf(family))).getId();

        asStaff.call(() -> {
            certificates.refuse(refused, "Certificat illisible.", "accueil@exemple.fr");
            return null;
        });

        assertFalse(em.find(BookingRequest.class, morning).isAbsenceJustified());
        assertEquals(1, mails(BookingFixture.parentOf(family), "Certificat médical refusé%"));
        long second = asParent.call(() -> certificates.send(family[0], List.of(morning), "lisible.pdf", BookingFixture.PDF,
                BookingFixture.parentOf(family))).getId();
        asStaff.call(() -> {
            certificates.validate(second, "accueil@exemple.fr");
            return null;
        });
        assertTrue(em.find(BookingRequest.class, morning).isAbsenceJustified(), "the second certificate excuses the day");

        String day = ParisTime.day(em.find(BookingRequest.class, morning).getDate());
        List<ChangeLogEntry> history = asStaff.call(() -> changeRequests.logOf(family[0]));
        assertEquals(List.of("CERTIFICATE_VALIDATED", "CERTIFICATE_REFUSED"), history.stream().map(ChangeLogEntry::getField).toList(),
                "both decisions are in the family's history, newest first");
        ChangeLogEntry refusal = history.get(1);
        assertEquals("Enfant 0 TEST", refusal.getSubject(), "the child it concerns");
        assertEquals(day + " – Certificat illisible.", refusal.getNewValue());
        assertEquals("accueil@exemple.fr", refusal.getChangedBy());
        assertEquals(day, history.get(0).getNewValue());
    }

    private long book(BookingFixture fixture, int familyIndex, long unitId) throws Exception {
        long[] family = fixture.families.get(familyIndex);
        return asParent.call(() -> desk.request(family[0], family[1], List.of(Wish.unit(fixture.dayId, unitId)),
                BookingFixture.parentOf(family))).get(0).getId();
    }

    /** What Inscriptions shows for the request: "certificat médical possible" or not. */
    private boolean offeredACertificate(long householdId, long requestId) throws Exception {
        return asParent.call(() -> desk.registrations(householdId)).stream()
                .filter(r -> r.getId() == requestId).findFirst().orElseThrow().isCertificateExpected();
    }

    private List<BookingStatus> statuses(long... requestIds) {
        return Arrays.stream(requestIds).mapToObj(id -> em.createQuery("select r.status from BookingRequest r where r.id = :id",
                BookingStatus.class).setParameter("id", id).getSingleResult()).toList();
    }

    private int taken(BookingFixture fixture, String halfDay) {
        return ((Number) em.createNativeQuery("select taken from place_count where opening_day_id = ?1 and pool = ?2")
                .setParameter(1, fixture.dayId).setParameter(2, "G" + fixture.groupId + ":" + halfDay).getSingleResult()).intValue();
    }

    private int mails(String recipient, String subjectLike) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where recipient = ?1 and subject like ?2")
                .setParameter(1, recipient).setParameter(2, subjectLike).getSingleResult()).intValue();
    }
}
