package fr.portailfamilles.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;


/** One field of a change request: what the file said when it was asked, and what the parent wants. */
@Embeddable
public class ChangeRequestItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HouseholdField field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected ChangeRequestItem() {
    }

    public ChangeRequestItem(HouseholdField field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public boolean changesSomething() {
        return FileValues.differ(oldValue, newValue);
    }

    /** True while the file still holds the value the parent saw when asking. */
    public boolean stillMatches(Household household) {
        return !FileValues.differ(oldValue, field.valueIn(household));
    }

    public HouseholdField getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
