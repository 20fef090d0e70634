package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.Guardian;

/** A guardian as other areas need them: who they are, how to reach them, and their household. */
public record GuardianContact(long guardianId, long householdId, String householdName, String lastName, String firstName,
                              String email) {

    static GuardianContact of(Guardian guardian) {
        return new GuardianContact(guardian.getId(), guardian.getHousehold().getId(), guardian.getHousehold().getName(),
                guardian.getLastName(), guardian.getFirstName(), guardian.getEmail());
    }

    /** Whether an e-mail can reach them. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** "Julie MARTIN", as the portal greets them. */
    public String fullName() {
        return firstName + " " + lastName;
    }
}
