package fr.portailfamilles.booking.entity;

/** Where a medical certificate stands: sent by the family, then validated (absence justified) or refused. */
public enum CertificateStatus {
    SUBMITTED, VALIDATED, REFUSED
}
