package fr.portailfamilles.billing.entity;

/** Why a household was not invoiced by a run. */
public enum SkipReason {
    /** Nobody to address the invoice to: staff choose the billed guardian in the family file. */
    NO_BILLED_GUARDIAN,
    /** A charge of the household has no price (no tariff that day…): staff complete the tariffs. */
    NOT_PRICED
}
