package fr.portailfamilles.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;


/** One field of a change request: what the file said when it was asked, and what the parent wants. */
@Embeddable
public class ChangeRequestItem {

    /** The longest value a request keeps: a whole list of people is one value. */
    public static final int VALUE_LENGTH = 2000;

    /**
     * A {@link HouseholdField} name, a {@link ChildCorrection} code when the request is about a child, or a
     * {@link GuardianCorrection} code when it is about a guardian.
     */
    @Column(nullable = false)
    private String field;

    @Column(name = "old_value", length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    private String newValue;

    protected ChangeRequestItem() {
    }

    public ChangeRequestItem(HouseholdField field, String oldValue, String newValue) {
        this(field.name(), oldValue, newValue);
    }

    public ChangeRequestItem(ChildCorrection field, String oldValue, String newValue) {
        this(field.code(), oldValue, newValue);
    }

    public ChangeRequestItem(GuardianCorrection field, String oldValue, String newValue) {
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
    boolean stillMatches(Household household, Child child, Guardian guardian) {
        Optional<ChildCorrection> childField = childField();
        Optional<GuardianCorrection> guardianField = GuardianCorrection.ofCode(field);
        String current = childField.isPresent() ? childField.get().valueIn(child)
                : guardianField.isPresent() ? guardianField.get().valueIn(guardian)
                : HouseholdField.valueOf(field).valueIn(household);
        return !FileValues.differ(oldValue, current);
    }

    void applyTo(Household household, Child child, Guardian guardian) {
        Optional<GuardianCorrection> guardianField = GuardianCorrection.ofCode(field);
        if (guardianField.isPresent()) {
            guardian.correct(guardianField.get(), newValue);
        } else {
            childField().ifPresentOrElse(f -> child.correct(f, newValue),
                    () -> household.correct(HouseholdField.valueOf(field), newValue));
        }
    }

    private Optional<ChildCorrection> childField() {
        return ChildCorrection.ofCode(field);
    }

    /** The value before as people read it: a list of people in words rather than as stored. */
    public String getOldText() {
        return readable(oldValue);
    }

    public String getNewText() {
        return readable(newValue);
    }

    private String readable(String value) {
        return childField().filter(ChildCorrection::isContactList).isPresent() ? ContactLine.readable(value) : value;
    }

    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
