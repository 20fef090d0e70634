package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.SkipReason;

/** A household a run skipped, as the Facturation screen lists it. */
public record SkippedRow(long runId, long householdId, String householdName, SkipReason reason, String detail) {
}
