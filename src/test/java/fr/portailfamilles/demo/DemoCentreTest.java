package fr.portailfamilles.demo;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.control.ParisTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCentreTest {

    private final DemoCentre demo = new DemoCentre("hash", Instant.parse("2026-11-30T10:00:00Z"));

    @Test
    void buildsTwentyHouseholdsAndThirtyFiveChildren() {
        assertEquals(20, demo.householdCount());
        assertEquals(35, demo.childCount());
        assertEquals(20, demo.entities().stream().filter(Household.class::isInstance).count());
    }

    @Test
    void theDemoParentIsAGuardianOfTheFirstHousehold() {
        List<UserAccount> staff = demo.entities().stream()
                .filter(UserAccount.class::isInstance).map(UserAccount.class::cast).toList();
        assertEquals(List.of(DemoCentre.STAFF_EMAIL, DemoCentre.IT_EMAIL), staff.stream().map(UserAccount::getEmail).toList());
        DemoParentAccount parent = demo.entities().stream()
                .filter(DemoParentAccount.class::isInstance).map(DemoParentAccount.class::cast).findFirst().orElseThrow();
        assertEquals(DemoCentre.PARENT_EMAIL, parent.email());
        assertEquals("Famille MARTIN", parent.guardian().getHousehold().getName());
        assertTrue(parent.guardian().getHousehold().getGuardians().contains(parent.guardian()));
    }

    @Test
    void childrenEntering6eGoToACollegeTheOthersToSchool() {
        List<Child> children = demo.households().stream().flatMap(h -> h.getChildren().stream()).toList();
        assertTrue(children.stream().anyMatch(c -> "6e".equals(c.getSchoolClass())), "the demo has a child in 6e");
        for (Child child : children) {
            assertEquals("6e".equals(child.getSchoolClass()), DemoCentre.COLLEGE.equals(child.getSchool()),
                    child.getFirstName() + ": " + child.getSchool() + " (" + child.getSchoolClass() + ")");
        }
    }

    @Test
    void namesAreTheSameOnEveryRunAndEveryDay() {
        assertEquals(names(demo), names(new DemoCentre("hash", Instant.parse("2026-11-30T10:00:00Z"))));
        assertEquals(names(demo), names(new DemoCentre("hash", Instant.parse("2029-04-02T06:00:00Z"))));
    }

    /**
     * Whatever the day a newcomer starts it, the demo offers something to register for now, a period whose
     * registrations have closed, past days for its history, and children of the ages the centre takes.
     */
    @Test
    void everyDayOfThreeYearsHasAnOpenPeriodAClosedOneAndAPast() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            ZonedDateTime noon = day.atTime(12, 0).atZone(ParisTime.ZONE);
            DemoCentre centre = new DemoCentre("hash", noon.toInstant());
            LocalDate today = day;
            List<Period> periods = centre.activities().stream().flatMap(a -> a.getPeriods().stream()).toList();
            assertTrue(periods.stream().anyMatch(p -> p.takesRequestsOn(noon) && bookableDays(p, noon).findAny().isPresent()
                            && centre.households().get(0).getChildren().stream().anyMatch(c -> takes(p, c))),
                    "a period the demo parent can register a child for on " + day);
            assertTrue(periods.stream().anyMatch(p -> p.getRegistrationClosesOn().isBefore(today)), "a closed period on " + day);
            assertTrue(periods.stream().flatMap(p -> p.getOpeningDays().stream()).anyMatch(d -> d.getDate().isBefore(today)
                            && !d.getDate().isBefore(today.minusMonths(DemoCentre.MONTHS_OF_HISTORY))),
                    "past days within the history on " + day);
            assertFalse(periods.stream().anyMatch(p -> p.getOpeningDays().isEmpty()), "no period without a day on " + day);
            for (Household household : centre.households()) {
                assertTrue(household.getChildren().stream().allMatch(c -> c.ageOn(today) >= 3 && c.ageOn(today) <= 12),
                        "children of the centre's ages on " + day);
            }
        }
    }

    private static Stream<OpeningDay> bookableDays(Period period, ZonedDateTime now) {
        return period.getOpeningDays().stream().filter(d -> period.getCancellationRule().stillOpen(d.getDate(), now));
    }

    private static boolean takes(Period period, Child child) {
        Activity activity = period.getActivity();
        return activity.groupFor(child.ageOn(period.getFirstDay())).isPresent();
    }

    private static List<String> names(DemoCentre centre) {
        return centre.households().stream().flatMap(h -> h.getChildren().stream()).map(Child::getFullName).toList();
    }
}
