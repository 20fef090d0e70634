package fr.portailfamilles.platform.lifecycle;

import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What one business area holds about households, as the household's life cycle needs it: recent activity (the
 * RGPD retention period counts from the last one), what forbids anonymising the household, the area's part of
 * the RGPD export and its part of the anonymisation. Each area keeping rows about households implements it as
 * a CDI bean; the household area gathers them all, so an area joins the export and the anonymisation by
 * implementing this one interface, and nobody queries its tables but itself. Every method runs in the
 * caller's transaction.
 */
public interface HouseholdLifecycle {

    /** The area's key in the export, and its heading's message key after {@code export.section.}. */
    String section();

    /**
     * Among these households (a batch of a few hundred), those with activity in this area at or after
     * {@code since}: a login, a document sent, a registration. One query per batch, whatever its size.
     */
    Set<Long> activeSince(Collection<Long> householdIds, Instant since);

    /**
     * Among these households, those this area forbids anonymising, with the message key saying why (an unpaid
     * invoice). Most areas never forbid it.
     */
    default Map<Long, String> anonymisationHolds(Collection<Long> householdIds) {
        return Map.of();
    }

    /** Everything this area holds about the household (an array or an object), never a secret such as a password hash. */
    JsonValue export(long householdId);

    /**
     * Erases or neutralises this area's rows about the household: what names a person goes; what the accounts
     * must keep stays without it. Called after the household file itself was anonymised.
     */
    void anonymise(long householdId);

    /**
     * Areas anonymise in increasing order: one whose rows other areas point at (the documents) comes after them,
     * so that they can let go of their references first.
     */
    default int anonymisationOrder() {
        return 0;
    }
}
