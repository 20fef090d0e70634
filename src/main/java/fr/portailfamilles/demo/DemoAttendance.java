package fr.portailfamilles.demo;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.attendance.boundary.Attendance;
import fr.portailfamilles.attendance.boundary.AttendanceSheet;
import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ChildAttendance;
import fr.portailfamilles.attendance.boundary.Marker;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's attendance, taken by staff through the attendance boundary on each opening day before today, the clock
 * at the end of that day: a few children absent (among them the one whose certificate is still waiting), the rest
 * present with "Tous présents", which records the day of the validated certificate as excused. Today's lists are
 * left for the visitor to take.
 */
@ApplicationScoped
class DemoAttendance {

    private static final Marker STAFF = new Marker(DemoCentre.STAFF_EMAIL, DemoCentre.STAFF_NAME);

    @Inject
    Clock clock;

    @Inject
    DemoStaff staff;

    @Inject
    Attendance attendance;

    @PersistenceContext
    EntityManager em;

    void take(List<Activity> activities) {
        LocalDate today = clock.today();
        List<OpeningDay> pastDays = activities.stream().flatMap(a -> a.getPeriods().stream()).flatMap(p -> p.getOpeningDays().stream())
                .filter(day -> day.getDate().isBefore(today)).sorted(Comparator.comparing(OpeningDay::getDate)).toList();
        try {
            for (OpeningDay day : pastDays) {
                clock.moveTo(day.getDate().atTime(17, 30).atZone(ParisTime.ZONE).toInstant());
                for (ActivityGroup group : day.getPeriod().getActivity().getGroups()) {
                    staff.call(() -> {
                        takeList(day.getId(), group.getId());
                        return null;
                    });
                }
                // As in the history: each day in the database for the next, and a persistence context that stays small.
                em.flush();
                em.clear();
            }
        } finally {
            clock.reset();
        }
    }

    private void takeList(long openingDayId, long groupId) {
        AttendanceSheet sheet = attendance.sheet(openingDayId, groupId);
        for (ChildAttendance child : sheet.getRows()) {
            if (!child.isFromCertificate() && (child.isCertificateUnderReview() || missed(child.getChildId(), sheet.getDate()))) {
                attendance.mark(openingDayId, groupId, child.getChildId(), child.getVersions(), AttendanceState.ABSENT, null, STAFF);
            }
        }
        AttendanceSheet marked = attendance.sheet(openingDayId, groupId);
        Set<Long> unmarked = marked.getRows().stream().filter(r -> !r.isMarked()).map(ChildAttendance::getChildId).collect(Collectors.toSet());
        attendance.markAllPresent(openingDayId, groupId, unmarked, STAFF);
    }

    /** About one child in twelve misses a given day, without a word to the centre. */
    private static boolean missed(long childId, LocalDate date) {
        return Math.floorMod(childId * 7 + date.getDayOfYear() * 5, 12) == 0;
    }
}
