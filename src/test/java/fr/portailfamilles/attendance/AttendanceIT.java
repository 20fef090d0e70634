package fr.portailfamilles.attendance;

import fr.portailfamilles.attendance.boundary.AllPresent;
import fr.portailfamilles.attendance.boundary.Attendance;
import fr.portailfamilles.attendance.boundary.AttendanceSheet;
import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ChildAttendance;
import fr.portailfamilles.attendance.boundary.DayGroup;
import fr.portailfamilles.attendance.boundary.ExcuseReason;
import fr.portailfamilles.attendance.boundary.Mark;
import fr.portailfamilles.attendance.boundary.MarkedMeanwhile;
import fr.portailfamilles.attendance.boundary.Marker;
import fr.portailfamilles.attendance.control.HouseholdAttendance;
import fr.portailfamilles.attendance.entity.AttendanceChange;
import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDays;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.household.boundary.HouseholdChild;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attendance as staff take it: the list prefilled from the accepted bookings, one mark per child over their unit and
 * services, "Tous présents" for the rest; two staff members at once (the last change wins and is logged, a page
 * loaded before a colleague's change is told); a child who came unannounced; a month locked by the invoice run,
 * then a correction; what billing reads of a month.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    private static final Marker SOPHIE = new Marker("sophie@exemple.fr", "Sophie Lemaire");
    private static final Marker MARC = new Marker("marc@exemple.fr", "Marc Girard");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(AttendanceIT.class, AttendanceFixture.class, AsStaff.class, AsParent.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    AsStaff asStaff;

    @Inject
    Attendance attendance;

    @Inject
    BookedDays bookedDays;

    @Inject
    Households households;

    @Inject
    HouseholdAttendance householdAttendance;

    @Inject
    Clock clock;

    @Test
    void theListIsPrefilledFromTheBookingsAndATapMarksAChildsUnitAndServices() throws Exception {
        AttendanceFixture f = AttendanceFixture.create(em, transaction, "POINTAGE " + suffix(), clock.today(), 4, 3);
        long[] lea = f.families.get(0);
        long[] tom = f.families.get(1);
        long[] zoe = f.families.get(2);

        List<DayGroup> groups = staff(() -> attendance.groupsOn(f.day));
        assertTrue(groups.stream().anyMatch(g -> g.getOpeningDayId() == f.openingDayId && g.getGroupId() == f.groupId
                && g.getLabel().endsWith("– 6–17 ans")), "each group of the activities open that day");
        assertTrue(staff(() -> attendance.sheet(f.openingDayId, f.littleOnesGroupId)).getRows().isEmpty(), "no six-year-old among the little ones");
        AttendanceSheet loaded = staff(() -> attendance.sheet(f.openingDayId, f.groupId));
        assertEquals(List.of(lea[1], tom[1], zoe[1]), loaded.getRows().stream().map(ChildAttendance::getChildId).toList(),
                "the three children booked, by name; the fourth family booked nothing");
        assertEquals("Journée · REPAS", loaded.getRows().get(0).getBookedText());
        assertEquals(3L, loaded.getUnmarked());
        assertFalse(loaded.isLocked() || loaded.isNotYet());

        staff(() -> {
            attendance.mark(f.openingDayId, f.groupId, lea[1], row(loaded, lea).getVersions(), AttendanceState.PRESENT, null, SOPHIE);
            return null;
        });
        ActionRefused noReason = assertThrows(ActionRefused.class, () -> staff(() -> {
            attendance.mark(f.openingDayId, f.groupId, tom[1], Map.of(), AttendanceState.EXCUSED, null, SOPHIE);
            return null;
        }));
        assertEquals("attendance.reasonRequired", noReason.messageKey());
        staff(() -> {
            attendance.mark(f.openingDayId, f.groupId, tom[1], Map.of(), AttendanceState.EXCUSED, ExcuseReason.CENTRE_CLOSED, SOPHIE);
            return null;
        });
        Set<Long> seenUnmarked = Set.of(lea[1], tom[1], zoe[1]);
        AllPresent rest = staff(() -> attendance.markAllPresent(f.openingDayId, f.groupId, seenUnmarked, MARC));
        assertEquals(new AllPresent(1, 2), rest, "the page showed three unmarked: two were marked meanwhile, left as they were");

        AttendanceSheet marked = staff(() -> attendance.sheet(f.openingDayId, f.groupId));
        assertEquals(List.of(AttendanceState.PRESENT, AttendanceState.EXCUSED, AttendanceState.PRESENT),
                marked.getRows().stream().map(ChildAttendance::getState).toList());
        assertEquals(List.of("Sophie Lemaire", "Sophie Lemaire", "Marc Girard"), marked.getRows().stream().map(ChildAttendance::getMarkedBy).toList());
        assertEquals(0L, marked.getUnmarked());

        YearMonth month = YearMonth.from(f.day);
        List<Long> householdIds = f.families.stream().map(family -> family[0]).toList();
        Map<Long, Mark> marks = staff(() -> attendance.marksOf(householdIds, month));
        Map<Long, List<BookedDay>> booked = staff(() -> bookedDays.of(householdIds, month));
        assertEquals(6, marks.size(), "the unit and the meal of each child, keyed by request");
        booked.get(lea[0]).forEach(day -> assertEquals(new Mark(day.requestId(), AttendanceState.PRESENT, null), marks.get(day.requestId())));
        booked.get(tom[0]).forEach(day -> assertEquals(new Mark(day.requestId(), AttendanceState.EXCUSED, ExcuseReason.CENTRE_CLOSED),
                marks.get(day.requestId())));
        assertTrue(staff(() -> attendance.marksOf(householdIds, month.minusMonths(1))).isEmpty(), "another month has none");
        assertTrue(staff(() -> attendance.marksOf(List.of(), month)).isEmpty());

        JsonArray exported = staff(() -> householdAttendance.export(lea[0]).asJsonArray());
        Set<Long> active = staff(() -> householdAttendance.activeSince(householdIds, clock.now().minusSeconds(3600)));
        assertEquals(1, exported.size(), "one entry for the child's day, its unit and meal together");
        assertEquals(List.of(f.day.toString(), "PRESENT", "Sophie Lemaire"), List.of(exported.getJsonObject(0).getString("day"),
                exported.getJsonObject(0).getString("attendance"), exported.getJsonObject(0).getString("markedBy")));
        assertTrue(exported.getJsonObject(0).getString("child").startsWith("Enfant0 "));
        assertEquals(Set.of(lea[0], tom[0], zoe[0]), active, "a child marked is activity; the family with nothing booked has none");
    }

    @Test
    void twoStaffMembersAtOnceTheLastChangeWinsIsLoggedAndAPageLoadedBeforeIsTold() throws Exception {
        AttendanceFixture f = AttendanceFixture.create(em, transaction, "POINTAGE A DEUX " + suffix(), clock.today(), 2, 2);
        long[] lea = f.families.get(0);
        AttendanceSheet sophiesPage = staff(() -> attendance.sheet(f.openingDayId, f.groupId));
        AttendanceSheet marcsPage = staff(() -> attendance.sheet(f.openingDayId, f.groupId));

        mark(f, lea, row(sophiesPage, lea).getVersions(), AttendanceState.ABSENT, SOPHIE);
        MarkedMeanwhile told = assertThrows(MarkedMeanwhile.class, () -> mark(f, lea, row(marcsPage, lea).getVersions(), AttendanceState.PRESENT, MARC));
        assertEquals(lea[1], told.childId());
        ChildAttendance now = row(staff(() -> attendance.sheet(f.openingDayId, f.groupId)), lea);
        assertEquals(List.of(AttendanceState.ABSENT, "Sophie Lemaire"), List.of(now.getState(), now.getMarkedBy()),
                "the stale page did not overwrite the colleague's mark");
        mark(f, lea, row(marcsPage, lea).getVersions(), AttendanceState.ABSENT, MARC);
        assertEquals("Sophie Lemaire", row(staff(() -> attendance.sheet(f.openingDayId, f.groupId)), lea).getMarkedBy(),
                "asking for what the mark already says changes nothing, stale page or not");

        mark(f, lea, now.getVersions(), AttendanceState.PRESENT, MARC);
        ChildAttendance last = row(staff(() -> attendance.sheet(f.openingDayId, f.groupId)), lea);
        assertEquals(List.of(AttendanceState.PRESENT, "Marc Girard"), List.of(last.getState(), last.getMarkedBy()), "the last change wins");

        List<AttendanceChange> log = staff(() -> attendance.changesOn(f.openingDayId, List.of(lea[1])));
        assertEquals(4, log.size(), "two changes of the unit and the meal each");
        AttendanceChange latest = log.get(0);
        assertEquals(List.of("Marc Girard", "marc@exemple.fr", AttendanceState.ABSENT, AttendanceState.PRESENT),
                List.of(latest.getChangedByName(), latest.getChangedBy(), latest.getBeforeState(), latest.getAfterState()));
        AttendanceChange first = log.get(3);
        assertEquals(List.of("Sophie Lemaire", AttendanceState.ABSENT), List.of(first.getChangedByName(), first.getAfterState()));
        assertNull(first.getBeforeState());

        long[] tom = f.families.get(1);
        Map<Long, Long> seen = row(sophiesPage, tom).getVersions();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> taps = new ArrayList<>();
            for (AttendanceState state : List.of(AttendanceState.PRESENT, AttendanceState.ABSENT)) {
                taps.add(pool.submit(() -> {
                    start.await();
                    mark(f, tom, seen, state, state == AttendanceState.PRESENT ? SOPHIE : MARC);
                    return state;
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> tap : taps) {
                try {
                    outcomes.add(tap.get());
                } catch (ExecutionException failed) {
                    outcomes.add(failed.getCause());
                }
            }
            assertEquals(1, outcomes.stream().filter(MarkedMeanwhile.class::isInstance).count(), "one of two taps at once is told: " + outcomes);
            AttendanceState won = (AttendanceState) outcomes.stream().filter(AttendanceState.class::isInstance).findFirst().orElseThrow();
            assertEquals(won, row(staff(() -> attendance.sheet(f.openingDayId, f.groupId)), tom).getState(), "the one recorded is the one shown");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aChildWhoCameUnannouncedIsBookedForTheRecordAndMarkedPresentNeverOverAHeldHalfDay() throws Exception {
        String name = "IMPREVU" + suffix();
        AttendanceFixture f = AttendanceFixture.create(em, transaction, name, clock.today(), 2, 1);
        long[] booked = f.families.get(0);
        long[] unannounced = f.families.get(1);

        List<HouseholdChild> found = staff(() -> households.childrenNamed(name.toLowerCase(), 20));
        assertEquals(List.of(booked[1], unannounced[1]), found.stream().map(HouseholdChild::getChildId).toList(), "found by last name");
        HouseholdChild child = found.get(1);
        assertEquals(unannounced[0], child.getHouseholdId());

        ActionRefused otherGroup = assertThrows(ActionRefused.class, () -> staff(() -> {
            attendance.addUnexpected(f.openingDayId, f.littleOnesGroupId, unannounced[0], unannounced[1], f.fullDayId, List.of(), SOPHIE);
            return null;
        }));
        assertEquals("booking.otherGroup", otherGroup.messageKey());
        staff(() -> {
            attendance.addUnexpected(f.openingDayId, f.groupId, child.getHouseholdId(), child.getChildId(), f.fullDayId, List.of(f.mealId), SOPHIE);
            return null;
        });

        AttendanceSheet sheet = staff(() -> attendance.sheet(f.openingDayId, f.groupId));
        ChildAttendance added = row(sheet, unannounced);
        assertEquals(List.of(AttendanceState.PRESENT, "Journée · REPAS", "Sophie Lemaire"),
                List.of(added.getState(), added.getBookedText(), added.getMarkedBy()));
        List<BookedDay> recorded = staff(() -> bookedDays.of(unannounced[0], YearMonth.from(f.day)));
        assertEquals(List.of(BookedDay.State.ACCEPTED, BookedDay.State.ACCEPTED), recorded.stream().map(BookedDay::state).toList(),
                "accepted although the registration window closed a week before the day");
        assertEquals("sophie@exemple.fr", recorded.get(0).bookedBy());

        for (long[] family : List.of(unannounced, booked)) {
            ActionRefused twice = assertThrows(ActionRefused.class, () -> staff(() -> {
                attendance.addUnexpected(f.openingDayId, f.groupId, family[0], family[1], f.morningId, List.of(), SOPHIE);
                return null;
            }));
            assertEquals("booking.alreadyHolds", twice.messageKey(), "the morning is already held by the day booked");
        }
        assertEquals(2, staff(() -> attendance.sheet(f.openingDayId, f.groupId)).getRows().size());
    }

    @Test
    void aMonthLockedByTheInvoiceRunTakesChangesAsCorrections() throws Exception {
        AttendanceFixture f = AttendanceFixture.create(em, transaction, "VERROU " + suffix(), clock.today().minusYears(3), 1, 1);
        long[] lea = f.families.get(0);
        YearMonth month = YearMonth.from(f.day);
        mark(f, lea, Map.of(), AttendanceState.PRESENT, SOPHIE);
        assertFalse(staff(() -> attendance.isLocked(month)));

        staff(() -> {
            attendance.lockMonth(month);
            attendance.lockMonth(month);
            return null;
        });
        assertTrue(staff(() -> attendance.isLocked(month)), "locking twice is locking once");
        assertFalse(staff(() -> attendance.isLocked(month.plusMonths(1))));
        AttendanceSheet locked = staff(() -> attendance.sheet(f.openingDayId, f.groupId));
        assertTrue(locked.isLocked());
        assertFalse(row(locked, lea).isCorrection());

        mark(f, lea, row(locked, lea).getVersions(), AttendanceState.ABSENT, MARC);
        ChildAttendance corrected = row(staff(() -> attendance.sheet(f.openingDayId, f.groupId)), lea);
        assertEquals(List.of(AttendanceState.ABSENT, true), List.of(corrected.getState(), corrected.isCorrection()));
        List<AttendanceChange> log = staff(() -> attendance.changesOn(f.openingDayId, List.of(lea[1])));
        assertTrue(log.get(0).isCorrection() && !log.get(log.size() - 1).isCorrection(), "the correction is logged as such");
        Map<Long, Mark> marks = staff(() -> attendance.marksOf(List.of(lea[0]), month));
        assertTrue(marks.values().stream().allMatch(m -> m.state() == AttendanceState.ABSENT), "billing reads the corrected marks: " + marks);

        AttendanceFixture future = AttendanceFixture.create(em, transaction, "AVENIR " + suffix(), clock.today().plusDays(14), 1, 1);
        assertTrue(staff(() -> attendance.sheet(future.openingDayId, future.groupId)).isNotYet());
        ActionRefused notYet = assertThrows(ActionRefused.class, () -> mark(future, future.families.get(0), Map.of(), AttendanceState.PRESENT, SOPHIE));
        assertEquals("attendance.notYet", notYet.messageKey());
    }

    private Object mark(AttendanceFixture f, long[] family, Map<Long, Long> seen, AttendanceState state, Marker by) throws Exception {
        return staff(() -> {
            attendance.mark(f.openingDayId, f.groupId, family[1], seen, state, null, by);
            return null;
        });
    }

    private <T> T staff(Callable<T> work) throws Exception {
        return asStaff.call(work);
    }

    private static ChildAttendance row(AttendanceSheet sheet, long[] family) {
        return sheet.getRows().stream().filter(r -> r.getChildId() == family[1]).findFirst().orElseThrow();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000);
    }
}
