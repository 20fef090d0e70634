package fr.portailfamilles.attendance.boundary;

import fr.portailfamilles.attendance.entity.AttendanceChange;
import fr.portailfamilles.attendance.entity.AttendanceMark;
import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDay.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A day's list: one row per child over their unit and services, the state the marks (or a validated certificate) give. */
class ChildAttendanceTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 17);
    private static final Instant NINE = Instant.parse("2027-03-17T08:00:00Z");
    private static final Marker SOPHIE = new Marker("accueil@exemple.fr", "Sophie Lemaire");
    private static final Marker MARC = new Marker("informatique@exemple.fr", "Marc Girard");

    @Test
    void oneRowPerChildOverTheirUnitAndServicesNotMarkedAtFirst() {
        List<ChildAttendance> rows = ChildAttendance.rows(List.of(unit(1, 10, State.ACCEPTED), meal(2, 10), unit(3, 20, State.ACCEPTED)), List.of());

        assertEquals(2, rows.size());
        ChildAttendance lea = rows.get(0);
        assertEquals(List.of(10L, 100L, "Enfant 10"), List.of(lea.getChildId(), lea.getHouseholdId(), lea.getChildName()));
        assertEquals("Journée · REPAS", lea.getBookedText());
        assertNull(lea.getState());
        assertFalse(lea.isMarked());
        assertEquals(AttendanceState.PRESENT, lea.expectedState(), "what « Tous présents » gives her");
        AttendanceSheet sheet = new AttendanceSheet(DAY, false, false, rows);
        assertEquals(List.of(2L, 0L, 2L), List.of((long) sheet.getExpected(), sheet.getPresent(), sheet.getUnmarked()));
    }

    @Test
    void theMarksOfAChildsRequestsGiveItsStateWhoMarkedItAndTheVersionsSeen() {
        AttendanceMark unit = mark(1, 10, AttendanceState.ABSENT, null, SOPHIE, NINE);
        AttendanceMark meal = mark(2, 10, AttendanceState.ABSENT, null, SOPHIE, NINE);

        ChildAttendance lea = ChildAttendance.rows(List.of(unit(1, 10, State.ACCEPTED), meal(2, 10)), List.of(unit, meal)).get(0);

        assertEquals(AttendanceState.ABSENT, lea.getState());
        assertEquals("Sophie Lemaire", lea.getMarkedBy());
        assertEquals(NINE, lea.getMarkedAt());
        assertTrue(lea.isMarked());
        assertEquals(Map.of(1L, 0L, 2L, 0L), lea.getVersions());
        assertFalse(lea.isCorrection());
    }

    @Test
    void aValidatedCertificateExcusesTheDayUnmarkedOrMarkedAbsentButNotOverAPresence() {
        BookedDay excused = unit(1, 10, State.ABSENCE_JUSTIFIED);

        ChildAttendance unmarked = ChildAttendance.rows(List.of(excused), List.of()).get(0);
        assertEquals(List.of(AttendanceState.EXCUSED, ExcuseReason.CERTIFICATE), List.of(unmarked.getState(), unmarked.getReason()));
        assertTrue(unmarked.isFromCertificate());
        assertFalse(unmarked.isMarked(), "shown as such before anyone marks it");
        assertEquals(List.of(AttendanceState.EXCUSED, ExcuseReason.CERTIFICATE),
                List.of(unmarked.expectedState(), unmarked.expectedReason()), "« Tous présents » records it excused");

        ChildAttendance absent = ChildAttendance.rows(List.of(excused), List.of(mark(1, 10, AttendanceState.ABSENT, null, SOPHIE, NINE))).get(0);
        assertEquals(AttendanceState.EXCUSED, absent.getState(), "the certificate came after the absence was marked");
        assertTrue(absent.isFromCertificate());

        ChildAttendance present = ChildAttendance.rows(List.of(excused), List.of(mark(1, 10, AttendanceState.PRESENT, null, SOPHIE, NINE))).get(0);
        assertEquals(AttendanceState.PRESENT, present.getState(), "staff saw the child: their mark stands");
        assertFalse(present.isFromCertificate());
    }

    @Test
    void theLatestMarkOfAChildIsTheOneShown() {
        AttendanceMark unit = mark(1, 10, AttendanceState.PRESENT, null, SOPHIE, NINE);
        AttendanceMark meal = mark(2, 10, AttendanceState.EXCUSED, ExcuseReason.CENTRE_CLOSED, MARC, NINE.plusSeconds(600));

        ChildAttendance lea = ChildAttendance.rows(List.of(unit(1, 10, State.ACCEPTED), meal(2, 10)), List.of(unit, meal)).get(0);

        assertEquals(List.of(AttendanceState.EXCUSED, ExcuseReason.CENTRE_CLOSED, "Marc Girard"),
                List.of(lea.getState(), lea.getReason(), lea.getMarkedBy()));
    }

    @Test
    void aChangeIsLoggedWithBeforeAndAfterAndNothingWhenTheMarkAlreadySaysSo() {
        AttendanceMark mark = new AttendanceMark(1, 100, 10, 7, DAY);
        AttendanceChange first = mark.change(AttendanceState.PRESENT, null, SOPHIE, NINE, false).orElseThrow();
        assertNull(first.getBeforeState());
        assertEquals(AttendanceState.PRESENT, first.getAfterState());

        assertEquals(Optional.empty(), mark.change(AttendanceState.PRESENT, null, MARC, NINE.plusSeconds(60), false));
        assertEquals("Sophie Lemaire", mark.getMarkedByName(), "an unchanged mark keeps its author");

        AttendanceChange correction = mark.change(AttendanceState.ABSENT, null, MARC, NINE.plusSeconds(120), true).orElseThrow();
        assertEquals(List.of(AttendanceState.PRESENT, AttendanceState.ABSENT, "Marc Girard", true),
                List.of(correction.getBeforeState(), correction.getAfterState(), correction.getChangedByName(), correction.isCorrection()));
        assertTrue(mark.isCorrection());
        assertEquals(new Mark(1, AttendanceState.ABSENT, null), mark.toMark());
    }

    @Test
    void anExcusedAbsenceHasAReasonAndOnlyIt() {
        AttendanceMark mark = new AttendanceMark(1, 100, 10, 7, DAY);
        assertThrows(IllegalArgumentException.class, () -> mark.change(AttendanceState.EXCUSED, null, SOPHIE, NINE, false));
        assertThrows(IllegalArgumentException.class, () -> mark.change(AttendanceState.PRESENT, ExcuseReason.CENTRE_CLOSED, SOPHIE, NINE, false));
    }

    private static BookedDay unit(long requestId, long childId, State state) {
        return new BookedDay(requestId, childId * 10, childId, "Enfant " + childId, DAY, 7, 3, "MERCREDI", 5L, null, "Journée", state,
                false, "parent@exemple.fr");
    }

    private static BookedDay meal(long requestId, long childId) {
        return new BookedDay(requestId, childId * 10, childId, "Enfant " + childId, DAY, 7, 3, "MERCREDI", null, 6L, "REPAS", State.ACCEPTED,
                false, "parent@exemple.fr");
    }

    private static AttendanceMark mark(long requestId, long childId, AttendanceState state, ExcuseReason reason, Marker by, Instant at) {
        AttendanceMark mark = new AttendanceMark(requestId, childId * 10, childId, 7, DAY);
        mark.change(state, reason, by, at, false);
        return mark;
    }
}
