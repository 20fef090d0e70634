package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.Child;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A child found by name, with the households whose file it is in: to attach it to a second household. */
public final class ChildMatch implements Serializable {

    private final long childId;
    private final String fullName;
    private final LocalDate birthDate;
    private final List<String> households;

    ChildMatch(Child child, List<String> households) {
        this.childId = child.getId();
        this.fullName = child.getFullName();
        this.birthDate = child.getBirthDate();
        this.households = List.copyOf(households);
    }

    public long getChildId() { return childId; }
    public String getFullName() { return fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getHouseholds() { return String.join(", ", households); }
}
