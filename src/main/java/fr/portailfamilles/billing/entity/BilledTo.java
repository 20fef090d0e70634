package fr.portailfamilles.billing.entity;

/** The guardian an invoice is addressed to, as written on it when it is issued. */
public record BilledTo(long guardianId, String name, String address) {
}
