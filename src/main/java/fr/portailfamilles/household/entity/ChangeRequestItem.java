package fr.portailfamilles.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;


/** One field of a change request: what the file said when it was asked, and what the parent wants. */
@Embeddable
public class ChangeRequestItem {

    /** A {@link HouseholdField} name, or a {@link ChildCorrection} code when the request is about a child. */
    @Column(nullable = false)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected ChangeRequestItem() {
    }

    public ChangeRequestItem(HouseholdField field, String oldValue, String newValue) {
        this(field.name(), oldValue, newValue);
    }

    public ChangeRequestItem(ChildCorrection field, String oldValue, String newValue) {
        this(field.code(), oldValue, newValue);
    }

    private ChangeRequestItem(String field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public boolean changesSomething() {
        return FileValues.differ(oldValue, newValue);
    }

    /** True while the file still holds the value the parent saw when asking. */
    boolean stillMatches(Household household, Child child) {
        Optional<ChildCorrection> childField = childField();
        String current = childField.isPresent() ? childField.get().valueIn(child) : HouseholdField.valueOf(field).valueIn(household);
        return !FileValues.differ(oldValue, current);
    }

    void applyTo(Household household, Child child) {
        childField().ifPresentOrElse(f -> child.correct(f, newValue),
                () -> household.correct(HouseholdField.valueOf(field), newValue));
    }

    private Optional<ChildCorrection> childField() {
        return ChildCorrection.ofCode(field);
    }

    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
