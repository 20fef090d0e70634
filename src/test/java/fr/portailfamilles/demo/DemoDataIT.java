package fr.portailfamilles.demo;

import fr.portailfamilles.account.control.StoredHash;
import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ExcuseReason;
import fr.portailfamilles.billing.entity.RunStatus;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.booking.entity.CertificateStatus;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test server runs with PORTAIL_DEMO=true: what a newcomer gets with the README's first command. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(DemoDataIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Test
    void theDemoCentreHasTwentyHouseholdsAndThirtyFiveChildren() {
        // Other tests open households of their own: the demo's are those with the demo's family e-mail.
        assertEquals(20L, em.createQuery("select count(h) from Household h where h.email like 'famille.%@exemple.fr'", Long.class)
                .getSingleResult());
        assertEquals(35L, em.createQuery("select count(distinct c) from Household h join h.children c"
                + " where h.email like 'famille.%@exemple.fr'", Long.class).getSingleResult());
        String season = SchoolYear.containing(clock.today()).season();
        Activity wednesdays = em.createQuery("select a from Activity a where a.name = :name", Activity.class)
                .setParameter("name", "MERCREDI " + season).getSingleResult();
        assertEquals(List.of("3–5 ans", "6–11 ans"), wednesdays.getGroups().stream().map(ActivityGroup::getName).toList());
        assertEquals(List.of("Matin", "Après-midi", "Journée"), wednesdays.getUnits().stream().map(ActivityUnit::getLabel).toList());
        assertTrue(wednesdays.getPeriods().stream().allMatch(p -> p.getOpeningDays().stream()
                .allMatch(d -> d.getDate().getDayOfWeek() == DayOfWeek.WEDNESDAY)), "Wednesdays only");
    }

    /** The demo has lived its past: what a newcomer can look at and act on, whatever the day. */
    @Test
    void theDemoFamilyHasAHistory() {
        LocalDate today = clock.today();
        assertTrue(count("select count(r) from BookingRequest r where r.requestedBy = :parent and r.status = :status"
                + " and r.day.date < :today", BookingStatus.ACCEPTED, today) > 0, "past days the demo family's child attended");
        assertTrue(count("select count(r) from BookingRequest r where r.requestedBy = :parent and r.status = :status"
                + " and r.day.date < :today", BookingStatus.CANCELLED, today) > 0, "a day cancelled in time");
        assertTrue(em.createQuery("select count(c) from MedicalCertificate c where c.submittedBy = :parent and c.status = :validated", Long.class)
                .setParameter("parent", TestServer.PARENT).setParameter("validated", CertificateStatus.VALIDATED).getSingleResult() > 0,
                "an absence justified by a certificate");
        assertTrue(em.createQuery("select count(c) from MedicalCertificate c where c.submittedBy like '%@exemple.fr' and c.status = :waiting", Long.class)
                .setParameter("waiting", CertificateStatus.SUBMITTED).getSingleResult() > 0, "a certificate waiting for staff");
        assertTrue(em.createQuery("select count(r) from ChangeRequest r where r.requestedBy like '%.bernard@exemple.fr'", Long.class)
                .getSingleResult() > 0, "a change of details waiting for staff");
        List<Period> answeredByStaff = em.createQuery("select p from Period p where p.autoAccept = false and p.registrationOpensOn < :twoDaysAgo"
                        + " and p.registrationClosesOn >= :today and p.activity.name not like '%TEST%'", Period.class)
                .setParameter("twoDaysAgo", today.minusDays(2)).setParameter("today", today).getResultList().stream()
                .filter(p -> p.getActivity().getName().matches("(VACANCES|ÉTÉ) .*")).toList();
        for (Period period : answeredByStaff) {
            assertTrue(em.createQuery("select count(r) from BookingRequest r where r.day.period = :period and r.requestedBy like '%@exemple.fr'", Long.class)
                    .setParameter("period", period).getSingleResult() > 0, "requests waiting for staff in " + period.getActivity().getName());
        }
    }

    /** Staff took the attendance of every past day: most children present, a few absent, the certificate's day excused. */
    @Test
    void theDemoHasTheAttendanceOfItsPastDays() {
        LocalDate today = clock.today();
        Map<Object, Long> past = em.createQuery("select m.state, count(m) from AttendanceMark m where m.markedBy = :staff"
                        + " and m.date < :today group by m.state", Object[].class)
                .setParameter("staff", TestServer.STAFF).setParameter("today", today).getResultStream()
                .collect(Collectors.toMap(row -> row[0], row -> (Long) row[1]));
        long present = past.getOrDefault(AttendanceState.PRESENT, 0L);
        long absent = past.getOrDefault(AttendanceState.ABSENT, 0L);
        assertTrue(present > 10 * absent && absent > 0, present + " present, " + absent + " absent");
        assertTrue(em.createQuery("select count(m) from AttendanceMark m where m.markedBy = :staff and m.reason = :certificate", Long.class)
                .setParameter("staff", TestServer.STAFF).setParameter("certificate", ExcuseReason.CERTIFICATE).getSingleResult() > 0,
                "the day of the validated certificate is excused");
        // The attendance tests' own activities are of the season "test".
        assertEquals(0L, em.createQuery("select count(m) from AttendanceMark m, OpeningDay d where d.id = m.openingDayId"
                        + " and d.period.activity.season <> 'test' and m.date >= :today", Long.class)
                .setParameter("today", today).getSingleResult(), "today's lists are left to take");
    }

    private long count(String query, BookingStatus status, LocalDate today) {
        return em.createQuery(query, Long.class).setParameter("parent", TestServer.PARENT).setParameter("status", status)
                .setParameter("today", today).getSingleResult();
    }

    /** The previous month is invoiced as soon as the demo is loaded (the run goes on in the background for a few seconds). */
    @Test
    void thePreviousMonthIsInvoiced() throws InterruptedException {
        String previous = clock.month().minusMonths(1).toString();
        long completed = 0;
        for (int second = 0; second < 120 && completed == 0; second++) {
            completed = em.createQuery("select count(r) from InvoiceRun r where r.month = :month and r.status = :completed", Long.class)
                    .setParameter("month", previous).setParameter("completed", RunStatus.COMPLETED).getSingleResult();
            if (completed == 0) {
                Thread.sleep(1000);
            }
        }
        assertEquals(1L, completed, "one run of " + previous + " completed");
        long invoices = em.createQuery("select count(i) from Invoice i where i.month = :month and i.householdId in"
                        + " (select h.id from Household h where h.email like 'famille.%@exemple.fr')", Long.class)
                .setParameter("month", previous).getSingleResult();
        assertTrue(invoices > 0, "the demo's households have invoices for " + previous);
    }

    @Test
    void separatedParentsShareAChildAcrossTwoHouseholds() {
        // Other tests attach children of their own to two households: the demo's are those of its family e-mails.
        List<?> shared = em.createNativeQuery("select hc.child_id from household_child hc join household h on h.id = hc.household_id"
                + " where h.email like 'famille.%@exemple.fr' group by hc.child_id having count(*) > 1").getResultList();
        assertEquals(1, shared.size());
    }

    @Test
    void theThreeDemoAccountsExistWithStrongHashes() {
        // Other tests open accounts of their own: the demo's are the three of the README.
        List<UserAccount> accounts = em.createQuery("select u from UserAccount u where u.email in :demo order by u.email", UserAccount.class)
                .setParameter("demo", List.of(TestServer.PARENT, TestServer.STAFF, TestServer.IT)).getResultList();
        assertEquals(List.of(Role.STAFF, Role.IT, Role.PARENT), accounts.stream().map(UserAccount::getRole).toList());
        for (UserAccount account : accounts) {
            StoredHash hash = StoredHash.parse(account.getPasswordHash());
            assertEquals("PBKDF2WithHmacSHA256", hash.algorithm());
            assertTrue(hash.iterations() >= 600_000, "iterations: " + hash.iterations());
            assertTrue(hash.saltBytes() >= 16, "salt bytes: " + hash.saltBytes());
        }
    }
}
