package fr.portailfamilles.attendance.boundary;

/** Why an absence is justified: none of them is billed. */
public enum ExcuseReason {
    CERTIFICATE, CANCELLED_IN_TIME, CENTRE_CLOSED
}
