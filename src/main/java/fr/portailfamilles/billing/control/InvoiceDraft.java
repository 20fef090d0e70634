package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.BilledTo;

import java.util.List;

/** An invoice the run is about to issue: its household, the guardian it goes to and its lines, before its number. */
public record InvoiceDraft(long householdId, BilledTo billedTo, List<Charge> lines) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }
}
