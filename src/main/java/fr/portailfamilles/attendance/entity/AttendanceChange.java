package fr.portailfamilles.attendance.entity;

import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ExcuseReason;
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

import java.time.Instant;
import java.time.LocalDate;

/** One change of a mark, kept: who, when, from what to what, and whether it corrected an invoiced month. */
@Entity
@Table(name = "attendance_change")
@NamedQuery(name = AttendanceChange.OF_DAY, query = "select c from AttendanceChange c where c.openingDayId = :day"
        + " and c.childId in :children order by c.changedAt desc, c.id desc")
public class AttendanceChange {

    public static final String OF_DAY = "AttendanceChange.ofDay";

    @Id
    @SequenceGenerator(name = "attendance_change_seq", sequenceName = "attendance_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_change_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "opening_day_id", nullable = false)
    private long openingDayId;

    @Column(name = "attendance_date", nullable = false)
    private LocalDate date;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_state")
    private AttendanceState beforeState;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_reason")
    private ExcuseReason beforeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_state", nullable = false)
    private AttendanceState afterState;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_reason")
    private ExcuseReason afterReason;

    @Column(nullable = false)
    private boolean correction;

    protected AttendanceChange() {
    }

    AttendanceChange(AttendanceMark mark, AttendanceState beforeState, ExcuseReason beforeReason, AttendanceState afterState,
                     ExcuseReason afterReason, Marker by, Instant at, boolean correction) {
        this.requestId = mark.getRequestId();
        this.householdId = mark.getHouseholdId();
        this.childId = mark.getChildId();
        this.openingDayId = mark.getOpeningDayId();
        this.date = mark.getDate();
        this.beforeState = beforeState;
        this.beforeReason = beforeReason;
        this.afterState = afterState;
        this.afterReason = afterReason;
        this.changedBy = by.login();
        this.changedByName = by.name();
        this.changedAt = at;
        this.correction = correction;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getHouseholdId() { return householdId; }
    public long getChildId() { return childId; }
    public LocalDate getDate() { return date; }
    public String getChangedBy() { return changedBy; }
    public String getChangedByName() { return changedByName; }
    public Instant getChangedAt() { return changedAt; }
    public AttendanceState getBeforeState() { return beforeState; }
    public ExcuseReason getBeforeReason() { return beforeReason; }
    public AttendanceState getAfterState() { return afterState; }
    public ExcuseReason getAfterReason() { return afterReason; }
    public boolean isCorrection() { return correction; }
}
