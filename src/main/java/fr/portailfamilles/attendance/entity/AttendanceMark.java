package fr.portailfamilles.attendance.entity;

import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ExcuseReason;
import fr.portailfamilles.attendance.boundary.Mark;
import fr.portailfamilles.attendance.boundary.Marker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a child came for one accepted booking request (a unit or a service on a day), with who marked it last
 * and when. Its version tells a page that loaded it whether a colleague changed it since.
 */
@Entity
@Table(name = "attendance_mark")
@NamedQuery(name = AttendanceMark.OF_REQUESTS, query = "select m from AttendanceMark m where m.requestId in :requests")
@NamedQuery(name = AttendanceMark.OF_MONTH, query = "select m from AttendanceMark m where m.householdId in :households"
        + " and m.date >= :first and m.date <= :last")
public class AttendanceMark {

    public static final String OF_REQUESTS = "AttendanceMark.ofRequests";
    public static final String OF_MONTH = "AttendanceMark.ofMonth";

    @Id
    @SequenceGenerator(name = "attendance_mark_seq", sequenceName = "attendance_mark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_mark_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Column(name = "opening_day_id", nullable = false, updatable = false)
    private long openingDayId;

    @Column(name = "attendance_date", nullable = false, updatable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceState state;

    @Enumerated(EnumType.STRING)
    private ExcuseReason reason;

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    @Column(name = "marked_by_name", nullable = false)
    private String markedByName;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    /** The last change came after the month was invoiced. */
    @Column(nullable = false)
    private boolean correction;

    @Version
    private long version;

    protected AttendanceMark() {
    }

    /** Not marked yet: {@link #change} gives it its first state. */
    public AttendanceMark(long requestId, long householdId, long childId, long openingDayId, LocalDate date) {
        this.requestId = requestId;
        this.householdId = householdId;
        this.childId = childId;
        this.openingDayId = openingDayId;
        this.date = date;
    }

    /**
     * @param correction the month was already invoiced
     * @return the change to log, or empty when the mark already says so
     */
    public Optional<AttendanceChange> change(AttendanceState newState, ExcuseReason newReason, Marker by, Instant at, boolean correction) {
        if ((newState == AttendanceState.EXCUSED) != (newReason != null)) {
            throw new IllegalArgumentException("An excused absence has a reason, and only it");
        }
        if (newState == state && newReason == reason) {
            return Optional.empty();
        }
        AttendanceChange change = new AttendanceChange(this, state, reason, newState, newReason, by, at, correction);
        this.state = newState;
        this.reason = newReason;
        this.markedBy = by.login();
        this.markedByName = by.name();
        this.markedAt = at;
        this.correction = correction;
        return Optional.of(change);
    }

    public Mark toMark() {
        return new Mark(requestId, state, reason);
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getHouseholdId() { return householdId; }
    public long getChildId() { return childId; }
    public long getOpeningDayId() { return openingDayId; }
    public LocalDate getDate() { return date; }
    public AttendanceState getState() { return state; }
    public ExcuseReason getReason() { return reason; }
    public String getMarkedBy() { return markedBy; }
    public String getMarkedByName() { return markedByName; }
    public Instant getMarkedAt() { return markedAt; }
    public boolean isCorrection() { return correction; }
    public long getVersion() { return version; }
}
