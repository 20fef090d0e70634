package fr.portailfamilles.attendance.boundary;

/** The attendance of one booking request (a unit or a service of a child on a day), as billing reads it; reason null unless EXCUSED. */
public record Mark(long requestId, AttendanceState state, ExcuseReason reason) {}
