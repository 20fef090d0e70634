package fr.portailfamilles.attendance.boundary;

/** Whether a child came on a day they were booked for, as staff marked it. */
public enum AttendanceState { PRESENT, ABSENT, EXCUSED }
