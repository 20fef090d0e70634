package fr.portailfamilles.attendance;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.control.PlaceCounters;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * For attendance tests: an activity open on one day (a public holiday included), with a group of little ones and
 * one of six-to-seventeen-year-olds, Matin, Journée and REPAS; families of six-year-olds, the first {@code booked}
 * of them registered by their parent for the whole day with the meal, three weeks before it, and accepted.
 */
public final class AttendanceFixture {

    public long openingDayId;
    public long littleOnesGroupId;
    public long groupId;
    public long morningId;
    public long fullDayId;
    public long mealId;
    public LocalDate day;
    /** household id and child id of each family */
    public final List<long[]> families = new ArrayList<>();

    public static AttendanceFixture create(EntityManager em, UserTransaction transaction, String name, LocalDate day, int familyCount,
                                           int booked) throws Exception {
        Clock clock = CDI.current().select(Clock.class).get();
        transaction.begin();
        Activity activity = new Activity(name, ActivityKind.HOLIDAYS, "test", day.minusDays(1), day.plusDays(1), 3, 17);
        ActivityGroup littleOnes = activity.addGroup("3–5 ans", 3, 5, 10);
        ActivityGroup group = activity.addGroup("6–17 ans", 6, 17, 10);
        ActivityUnit morning = activity.addUnit("Matin", true, false);
        ActivityUnit fullDay = activity.addUnit("Journée", true, true);
        ActivityService meal = activity.addService("REPAS", null);
        Period period = activity.addPeriod(day, day, EnumSet.of(day.getDayOfWeek()));
        if (!period.isOpenOn(day)) {
            period.open(day);
        }
        period.registrationWindow(day.minusDays(30), day.minusDays(8));
        period.acceptAutomatically(true);
        em.persist(activity);
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < familyCount; i++) {
            Household household = new Household("Famille " + name + " " + i, "1 rue du Test", "37250", "Montbazon",
                    FamilySituation.MARRIED, BenefitsBody.CAF, null, clock.now());
            household.addGuardian(Civility.MME, name, "Parent " + i, Relationship.MOTHER);
            household.addChild(new Child(name, "Enfant" + i, day.minusYears(6).minusDays(40), Sex.F));
            em.persist(household);
            households.add(household);
        }
        CDI.current().select(PlaceCounters.class).get().prepare(activity);
        transaction.commit();

        AttendanceFixture fixture = new AttendanceFixture();
        fixture.day = day;
        fixture.openingDayId = period.getOpeningDays().get(0).getId();
        fixture.littleOnesGroupId = littleOnes.getId();
        fixture.groupId = group.getId();
        fixture.morningId = morning.getId();
        fixture.fullDayId = fullDay.getId();
        fixture.mealId = meal.getId();
        households.forEach(h -> fixture.families.add(new long[]{h.getId(), h.getChildren().get(0).getId()}));
        fixture.book(clock, booked);
        return fixture;
    }

    /** Registered through the parents' boundary while the period took requests, three weeks before the day. */
    private void book(Clock clock, int booked) throws Exception {
        AsParent asParent = CDI.current().select(AsParent.class).get();
        BookingDesk desk = CDI.current().select(BookingDesk.class).get();
        clock.moveTo(day.minusDays(21).atTime(LocalTime.of(10, 0)).atZone(ParisTime.ZONE).toInstant());
        try {
            for (long[] family : families.subList(0, booked)) {
                asParent.call(() -> desk.request(family[0], family[1],
                        List.of(Wish.unit(openingDayId, fullDayId), Wish.service(openingDayId, mealId)), "parent" + family[0] + "@exemple.fr"));
            }
        } finally {
            clock.reset();
        }
    }
}
