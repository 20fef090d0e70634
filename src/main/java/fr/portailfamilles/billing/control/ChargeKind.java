package fr.portailfamilles.billing.control;

/** What a charge is for: a unit of the day (Matin, Journée…) or a service (REPAS, CONVOYAGE…). */
public enum ChargeKind {
    UNIT, SERVICE
}
