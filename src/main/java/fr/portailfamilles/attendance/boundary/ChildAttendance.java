package fr.portailfamilles.attendance.boundary;

import fr.portailfamilles.attendance.entity.AttendanceMark;
import fr.portailfamilles.booking.boundary.BookedDay;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One child on a day's attendance list: what they were booked for, and their state. A mark applies to all the
 * child's requests of the day (unit and services). A day excused by a medical certificate staff validated shows as
 * such even before anyone marks it, and over an absence marked on the day.
 */
public final class ChildAttendance implements Serializable {

    private final long childId;
    private final long householdId;
    private final String childName;
    private final List<String> booked;
    private final AttendanceState state;
    private final ExcuseReason reason;
    private final boolean fromCertificate;
    private final boolean certificateUnderReview;
    private final String markedBy;
    private final Instant markedAt;
    private final boolean correction;
    private final HashMap<Long, Long> versions;

    private ChildAttendance(List<BookedDay> requests, Map<Long, AttendanceMark> marks) {
        BookedDay first = requests.get(0);
        this.childId = first.childId();
        this.householdId = first.householdId();
        this.childName = first.childName();
        this.booked = requests.stream().map(BookedDay::label).toList();
        this.certificateUnderReview = requests.stream().anyMatch(BookedDay::certificateUnderReview);
        boolean certificate = requests.stream().anyMatch(r -> r.state() == BookedDay.State.ABSENCE_JUSTIFIED);
        this.versions = new HashMap<>();
        requests.stream().map(r -> marks.get(r.requestId())).filter(Objects::nonNull)
                .forEach(m -> versions.put(m.getRequestId(), m.getVersion()));
        Optional<AttendanceMark> latest = requests.stream().map(r -> marks.get(r.requestId())).filter(Objects::nonNull)
                .max(Comparator.comparing(AttendanceMark::getMarkedAt).thenComparing(AttendanceMark::getRequestId));
        AttendanceState marked = latest.map(AttendanceMark::getState).orElse(null);
        this.fromCertificate = certificate && (marked == null || marked == AttendanceState.ABSENT);
        this.state = fromCertificate ? AttendanceState.EXCUSED : marked;
        this.reason = fromCertificate ? ExcuseReason.CERTIFICATE : latest.map(AttendanceMark::getReason).orElse(null);
        this.markedBy = latest.map(AttendanceMark::getMarkedByName).orElse(null);
        this.markedAt = latest.map(AttendanceMark::getMarkedAt).orElse(null);
        this.correction = latest.map(AttendanceMark::isCorrection).orElse(false);
    }

    /** One row per child, in the order of the requests given (the booking area's: by name), with the marks of those requests. */
    static List<ChildAttendance> rows(List<BookedDay> requests, Collection<AttendanceMark> marks) {
        Map<Long, AttendanceMark> byRequest = marks.stream().collect(Collectors.toMap(AttendanceMark::getRequestId, Function.identity()));
        Map<Long, List<BookedDay>> byChild = new LinkedHashMap<>();
        requests.forEach(r -> byChild.computeIfAbsent(r.childId(), c -> new ArrayList<>()).add(r));
        return byChild.values().stream().map(childRequests -> new ChildAttendance(childRequests, byRequest)).toList();
    }

    /** Someone marked the child: "Tous présents" leaves them alone. */
    public boolean isMarked() {
        return !versions.isEmpty();
    }

    /** What "Tous présents" records for an unmarked child: present, or excused when a certificate was validated. */
    AttendanceState expectedState() {
        return fromCertificate ? AttendanceState.EXCUSED : AttendanceState.PRESENT;
    }

    ExcuseReason expectedReason() {
        return fromCertificate ? ExcuseReason.CERTIFICATE : null;
    }

    public long getChildId() { return childId; }
    public long getHouseholdId() { return householdId; }
    public String getChildName() { return childName; }
    /** The units and services booked that day, the unit first. */
    public List<String> getBooked() { return booked; }
    public String getBookedText() { return String.join(" · ", booked); }
    /** Null while nobody marked the child (and no certificate excuses the day). */
    public AttendanceState getState() { return state; }
    public ExcuseReason getReason() { return reason; }
    /** The state comes from a validated medical certificate, not from a mark. */
    public boolean isFromCertificate() { return fromCertificate; }
    public boolean isCertificateUnderReview() { return certificateUnderReview; }
    /** The name of the staff member who marked last, or null. */
    public String getMarkedBy() { return markedBy; }
    public Instant getMarkedAt() { return markedAt; }
    /** The last change corrected a month already invoiced. */
    public boolean isCorrection() { return correction; }
    /** Each marked request's version as loaded: a change is refused when a colleague changed one since. */
    public Map<Long, Long> getVersions() { return versions; }
}
