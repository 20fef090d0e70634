package fr.portailfamilles.attendance.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A day's attendance list for one group: the children expected and how far the marking went. */
public final class AttendanceSheet implements Serializable {

    private final LocalDate date;
    private final boolean locked;
    private final boolean notYet;
    private final List<ChildAttendance> rows;

    AttendanceSheet(LocalDate date, boolean locked, boolean notYet, List<ChildAttendance> rows) {
        this.date = date;
        this.locked = locked;
        this.notYet = notYet;
        this.rows = rows;
    }

    private long count(AttendanceState state) {
        return rows.stream().filter(r -> r.getState() == state).count();
    }

    public LocalDate getDate() { return date; }
    /** The month was invoiced: a change is a correction. */
    public boolean isLocked() { return locked; }
    /** The day has not come: nothing can be marked yet. */
    public boolean isNotYet() { return notYet; }
    public List<ChildAttendance> getRows() { return rows; }
    public int getExpected() { return rows.size(); }
    public long getPresent() { return count(AttendanceState.PRESENT); }
    public long getAbsent() { return count(AttendanceState.ABSENT); }
    public long getExcused() { return count(AttendanceState.EXCUSED); }
    public long getUnmarked() { return rows.stream().filter(r -> r.getState() == null).count(); }
    /** Nothing left for "Tous présents" (a day excused by a certificate but not marked yet is left). */
    public boolean isAllMarked() { return rows.stream().allMatch(ChildAttendance::isMarked); }
}
