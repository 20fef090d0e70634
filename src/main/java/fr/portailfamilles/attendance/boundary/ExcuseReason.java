package fr.portailfamilles.attendance.boundary;

/** Why an absence is justified ("absent justifié"): such a day is not billed. */
public enum ExcuseReason { CERTIFICATE, CANCELLED_IN_TIME, CENTRE_CLOSED }
