package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.SkipReason;

/** A household the run cannot invoice, and why. */
public record Skip(long householdId, SkipReason reason, String detail) {
}
