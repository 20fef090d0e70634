package fr.portailfamilles.attendance.boundary;

/** Whether a child booked for a unit or a service was there. */
public enum AttendanceState {
    PRESENT, ABSENT, EXCUSED
}
