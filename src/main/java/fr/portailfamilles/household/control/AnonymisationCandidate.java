package fr.portailfamilles.household.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A household past the retention period, as staff see it in the list: held back when an area forbids its
 * anonymisation (an unpaid invoice), with the message key saying why. A class with getters: the page reads it.
 */
public final class AnonymisationCandidate implements Serializable {

    private final long householdId;
    private final String name;
    private final String town;
    private final Instant createdAt;
    private final String hold;

    AnonymisationCandidate(long householdId, String name, String town, Instant createdAt, String hold) {
        this.householdId = householdId;
        this.name = name;
        this.town = town;
        this.createdAt = createdAt;
        this.hold = hold;
    }

    public long getHouseholdId() { return householdId; }
    public String getName() { return name; }
    public String getTown() { return town; }
    public Instant getCreatedAt() { return createdAt; }
    /** The message key of what forbids the anonymisation; null when nothing does. */
    public String getHold() { return hold; }
    public boolean isHeld() { return hold != null; }
}
