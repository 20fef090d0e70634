package fr.portailfamilles.household.entity;

/** A person to call or who may collect a child, as typed in a form. */
public record ContactLine(String fullName, String phone, String relationship) {

    /** As the change log shows it. */
    public static String describe(ChildContact contact) {
        return contact.getFullName() + " (" + contact.getPhone()
                + (contact.getRelationship() == null ? "" : ", " + contact.getRelationship()) + ")";
    }
}
