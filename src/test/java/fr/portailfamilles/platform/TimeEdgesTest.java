package fr.portailfamilles.platform;

import fr.portailfamilles.account.control.LoginThrottle;
import fr.portailfamilles.account.entity.CaptchaChallenge;
import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.control.ParisTime;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule that reads the time, with the moment at its edges: midnight, New Year's Eve, the two daylight-saving
 * changes (last Sunday of March and of October), the minute of a deadline. Moments are Paris wall-clock times.
 */
class TimeEdgesTest {

    private static ZonedDateTime paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ParisTime.ZONE);
    }

    @Test
    void aCancellationDeadlineIsItsMinuteInParisTime() {
        CancellationRule rule = new CancellationRule(7, LocalTime.NOON);
        LocalDate day = LocalDate.of(2027, 3, 3);
        assertTrue(rule.stillOpen(day, paris("2027-02-24T11:59:59")));
        assertFalse(rule.stillOpen(day, paris("2027-02-24T12:00")));
    }

    @Test
    void aDeadlineAcrossTheSpringChangeIsStillNoonInParis() {
        // Clocks go forward on Sunday 28 March 2027: noon on 25 March is 11:00 UTC, noon on 1 April is 10:00 UTC.
        CancellationRule rule = new CancellationRule(7, LocalTime.NOON);
        assertEquals(Instant.parse("2027-03-25T11:00:00Z"), rule.deadlineFor(LocalDate.of(2027, 4, 1)).toInstant());
        assertEquals(Instant.parse("2027-04-01T10:00:00Z"), rule.deadlineFor(LocalDate.of(2027, 4, 8)).toInstant());
        assertTrue(rule.stillOpen(LocalDate.of(2027, 4, 1), Instant.parse("2027-03-25T10:59:00Z").atZone(ParisTime.ZONE)));
    }

    @Test
    void aDeadlineOnTheNightOfTheAutumnChangeIsTheFirstOfTheTwoHours() {
        // Clocks go back on Sunday 31 October 2027: 02:30 happens twice; the deadline is the first, in summer time.
        CancellationRule rule = new CancellationRule(0, LocalTime.of(2, 30));
        ZonedDateTime deadline = rule.deadlineFor(LocalDate.of(2027, 10, 31));
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), deadline.toInstant());
        assertFalse(rule.stillOpen(LocalDate.of(2027, 10, 31), Instant.parse("2027-10-31T01:30:00Z").atZone(ParisTime.ZONE)),
                "the second 02:30 is too late");
    }

    @Test
    void aRegistrationWindowEndsAtMidnightOnNewYearsEve() {
        Activity activity = new Activity("MERCREDI 2026/2027", ActivityKind.WEDNESDAYS, "2026/2027",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2), 3, 11);
        Period period = activity.addPeriod(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 10), EnumSet.of(DayOfWeek.WEDNESDAY));
        period.registrationWindow(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 31));
        assertFalse(period.takesRequestsOn(paris("2026-11-01T23:59:59")));
        assertTrue(period.takesRequestsOn(paris("2026-11-02T00:00")));
        assertTrue(period.takesRequestsOn(paris("2026-12-31T23:59:59")));
        assertFalse(period.takesRequestsOn(paris("2027-01-01T00:00")));
    }

    @Test
    void aChildTurnsAYearOlderOnTheBirthdayAndAFebruaryTwentyNinthChildOnTheFirstOfMarch() {
        Child leap = new Child("TEST", "Léa", LocalDate.of(2020, 2, 29), Sex.F);
        assertEquals(6, leap.ageOn(LocalDate.of(2027, 2, 28)));
        assertEquals(7, leap.ageOn(LocalDate.of(2027, 3, 1)));
        assertEquals(8, leap.ageOn(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aQuotientIsValidFromItsFirstDayToTheDayBeforeTheNextOne() {
        Household household = new Household("Famille TEST", "1 rue Haute", "37250", "Montbazon",
                FamilySituation.MARRIED, BenefitsBody.CAF, "1234567", Instant.parse("2026-01-05T10:00:00Z"));
        household.recordQuotient(620, LocalDate.of(2026, 1, 1), BenefitsBody.CAF);
        household.recordQuotient(980, LocalDate.of(2027, 1, 1), BenefitsBody.CAF);
        assertTrue(household.quotientOn(LocalDate.of(2025, 12, 31)).isEmpty());
        assertEquals(620, household.quotientOn(LocalDate.of(2026, 12, 31)).orElseThrow().getAmount());
        assertEquals(980, household.quotientOn(LocalDate.of(2027, 1, 1)).orElseThrow().getAmount());
    }

    @Test
    void loginFailuresCountWithinFifteenMinutesToTheSecond() {
        Instant first = Instant.parse("2027-03-28T00:55:00Z"); // 01:55 in Paris, five minutes before the spring change
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            failures.add(first.plusSeconds(i));
        }
        Instant lastFailure = failures.get(failures.size() - 1);
        Instant until = first.plus(LoginThrottle.WINDOW);
        assertEquals(until, LoginThrottle.lockedUntil(failures, lastFailure).orElseThrow(),
                "locked until the oldest of the ten is fifteen minutes old, whatever the clocks of Paris do meanwhile");
        assertTrue(LoginThrottle.lockedUntil(failures, until.minusSeconds(1)).isPresent());
        assertTrue(LoginThrottle.lockedUntil(failures, until).isEmpty());
    }

    @Test
    void aSecurityCodeExpiresAtItsInstant() {
        Instant expires = Instant.parse("2027-01-01T00:00:00Z");
        CaptchaChallenge challenge = new CaptchaChallenge("token", "K7P2Q", expires);
        assertTrue(challenge.isAnsweredBy("K7P2Q", expires.minusSeconds(1)));
        assertFalse(challenge.isAnsweredBy("K7P2Q", expires.plusSeconds(1)));
    }
}
