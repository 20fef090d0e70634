package fr.portailfamilles.household.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child found by name with one household whose file holds it, for what is recorded in that household's name (a
 * day booked): a child of separated parents is found once per household.
 */
public final class HouseholdChild implements Serializable {

    private final long householdId;
    private final String householdName;
    private final long childId;
    private final String childName;
    private final LocalDate birthDate;

    HouseholdChild(long householdId, String householdName, long childId, String childName, LocalDate birthDate) {
        this.householdId = householdId;
        this.householdName = householdName;
        this.childId = childId;
        this.childName = childName;
        this.birthDate = birthDate;
    }

    public long getHouseholdId() { return householdId; }
    public String getHouseholdName() { return householdName; }
    public long getChildId() { return childId; }
    public String getChildName() { return childName; }
    public LocalDate getBirthDate() { return birthDate; }
}
