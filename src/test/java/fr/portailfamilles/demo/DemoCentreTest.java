package fr.portailfamilles.demo;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.household.entity.Household;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void isTheSameOnEveryRun() {
        DemoCentre again = new DemoCentre("hash", Instant.parse("2026-11-30T10:00:00Z"));
        List<String> names = names(demo);
        assertEquals(names, names(again));
    }

    private static List<String> names(DemoCentre centre) {
        return centre.entities().stream().filter(Household.class::isInstance).map(Household.class::cast)
                .flatMap(h -> h.getChildren().stream()).map(c -> c.getFullName() + c.getBirthDate()).toList();
    }
}
