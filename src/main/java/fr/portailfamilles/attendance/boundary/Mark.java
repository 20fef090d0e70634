package fr.portailfamilles.attendance.boundary;

/** The attendance of one booking request (unit or service); the reason is null unless the absence is excused. */
public record Mark(long requestId, AttendanceState state, ExcuseReason reason) {
}
