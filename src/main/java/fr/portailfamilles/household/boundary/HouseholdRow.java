package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.FamilyQuotient;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;

import java.io.Serializable;
import java.time.LocalDate;

/** A household as the staff's list shows it. */
public final class HouseholdRow implements Serializable {

    private final long id;
    private final String name;
    private final String billedGuardian;
    private final String email;
    private final String town;
    private final int childCount;
    private final Integer quotient;

    private HouseholdRow(Household household, LocalDate today) {
        this.id = household.getId();
        this.name = household.getName();
        this.billedGuardian = household.billedGuardian().map(Guardian::getFullName).orElse("");
        this.email = household.getEmail();
        this.town = household.getTown();
        this.childCount = household.getChildren().size();
        this.quotient = household.quotientOn(today).map(FamilyQuotient::getAmount).orElse(null);
    }

    static HouseholdRow of(Household household, LocalDate today) {
        return new HouseholdRow(household, today);
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public String getBilledGuardian() { return billedGuardian; }
    public String getEmail() { return email; }
    public String getTown() { return town; }
    public int getChildCount() { return childCount; }
    public Integer getQuotient() { return quotient; }
}
