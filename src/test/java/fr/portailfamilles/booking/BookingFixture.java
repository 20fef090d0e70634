package fr.portailfamilles.booking;

import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.control.FrenchPublicHolidays;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.TestFiles;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * For in-container booking tests: an activity with one group of a few places, a Wednesday about three weeks
 * ahead open to requests now (cancellable until 7 days before), and families of six-year-olds.
 */
final class BookingFixture {

    /** A medical certificate. */
    static final byte[] PDF = TestFiles.pdf("Certificat médical");

    long activityId;
    long periodId;
    long groupId;
    long dayId;
    /** Every Wednesday of the period, the first being {@link #dayId}. */
    final List<Long> dayIds = new ArrayList<>();
    long fullDayId;
    long morningId;
    long mealId;
    /** household id and child id of each family */
    final List<long[]> families = new ArrayList<>();

    static BookingFixture create(EntityManager em, UserTransaction transaction, PlaceCounters placeCounters,
                                 String name, int familyCount, int places, boolean automatic) throws Exception {
        return create(em, transaction, placeCounters, name, familyCount, places, automatic, 1);
    }

    /** The same over {@code wednesdays} weeks in a row (public holidays left out). */
    static BookingFixture create(EntityManager em, UserTransaction transaction, PlaceCounters placeCounters,
                                 String name, int familyCount, int places, boolean automatic, int wednesdays) throws Exception {
        Clock clock = CDI.current().select(Clock.class).get();
        LocalDate today = clock.today();
        LocalDate day = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        while (FrenchPublicHolidays.isHoliday(day)) {
            day = day.plusWeeks(1);
        }
        LocalDate lastDay = day.plusWeeks(wednesdays - 1L);
        transaction.begin();
        Activity activity = new Activity(name, ActivityKind.WEDNESDAYS, "2026/2027", day.minusDays(1), lastDay.plusDays(1), 3, 17);
        ActivityGroup group = activity.addGroup("3–17 ans", 3, 17, places);
        ActivityUnit morning = activity.addUnit("Matin", true, false);
        ActivityUnit fullDay = activity.addUnit("Journée", true, true);
        ActivityService meal = activity.addService("REPAS", null);
        Period period = activity.addPeriod(day, lastDay, EnumSet.of(DayOfWeek.WEDNESDAY));
        period.registrationWindow(today.minusDays(1), today.plusDays(7));
        period.acceptAutomatically(automatic);
        em.persist(activity);
        List<Household> households = new ArrayList<>();
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < familyCount; i++) {
            Household household = new Household("Famille " + name + " " + i, "1 rue du Test", "37250", "Montbazon",
                    FamilySituation.MARRIED, BenefitsBody.CAF, null, clock.now());
            household.addGuardian(Civility.MME, "TEST", "Parent " + i, Relationship.MOTHER);
            Child child = new Child("TEST", "Enfant " + i, day.minusYears(6), Sex.F);
            household.addChild(child);
            em.persist(household);
            households.add(household);
            children.add(child);
        }
        placeCounters.prepare(activity);
        transaction.commit();
        BookingFixture fixture = new BookingFixture();
        fixture.activityId = activity.getId();
        fixture.periodId = period.getId();
        fixture.groupId = group.getId();
        period.getOpeningDays().forEach(openingDay -> fixture.dayIds.add(openingDay.getId()));
        fixture.dayId = fixture.dayIds.get(0);
        fixture.fullDayId = fullDay.getId();
        fixture.morningId = morning.getId();
        fixture.mealId = meal.getId();
        for (int i = 0; i < familyCount; i++) {
            fixture.families.add(new long[]{households.get(i).getId(), children.get(i).getId()});
        }
        return fixture;
    }

    /** The cancellation rule becomes "60 days before": the day, three weeks ahead, is past its deadline. */
    void pastDeadline(EntityManager em, UserTransaction transaction) throws Exception {
        transaction.begin();
        em.find(Period.class, periodId).cancellation(new CancellationRule(60, LocalTime.NOON));
        transaction.commit();
    }

    static String parentOf(long[] family) {
        return "parent" + family[0] + "@exemple.fr";
    }
}
