package fr.portailfamilles.household.boundary;

import java.io.Serializable;

/** A household as the staff's list shows it. */
public final class HouseholdRow implements Serializable {

    private final long id;
    private final String name;
    private final String billedGuardian;
    private final String email;
    private final String town;
    private final int childCount;
    private final Integer quotient;

    HouseholdRow(long id, String name, String billedGuardian, String email, String town, int childCount, Integer quotient) {
        this.id = id;
        this.name = name;
        this.billedGuardian = billedGuardian;
        this.email = email;
        this.town = town;
        this.childCount = childCount;
        this.quotient = quotient;
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public String getBilledGuardian() { return billedGuardian; }
    public String getEmail() { return email; }
    public String getTown() { return town; }
    public int getChildCount() { return childCount; }
    public Integer getQuotient() { return quotient; }
}
