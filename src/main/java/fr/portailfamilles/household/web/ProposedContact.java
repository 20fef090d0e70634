package fr.portailfamilles.household.web;

import fr.portailfamilles.household.entity.ChildContact;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.FileValues;

import java.util.Optional;

/**
 * One person a parent lists on their child's file, with why they are there: may collect the child, or to call.
 * Each problem is told apart, to be said at its own field.
 */
public class ProposedContact extends ContactRow {

    private ContactKind kind = ContactKind.EMERGENCY;

    public ProposedContact() {
    }

    static ProposedContact of(ChildContact contact) {
        ProposedContact row = new ProposedContact();
        row.kind = contact.getKind();
        row.setFullName(contact.getFullName());
        row.setPhone(contact.getPhone());
        row.setRelationship(contact.getRelationship());
        return row;
    }

    /** What is wrong with the name, as a message key; empty when it is fine. */
    Optional<String> nameProblem() {
        String given = FileValues.given(getFullName());
        return given == null ? Optional.of("changes.contact.name")
                : given.length() > FileValues.CONTACT_NAME_LENGTH ? Optional.of("changes.contact.nameTooLong") : Optional.empty();
    }

    Optional<String> phoneProblem() {
        String given = FileValues.given(getPhone());
        return given != null && given.matches(FileValues.PHONE) ? Optional.empty() : Optional.of("changes.phone.invalid");
    }

    Optional<String> relationshipProblem() {
        String given = FileValues.given(getRelationship());
        return given != null && given.length() > FileValues.RELATIONSHIP_LENGTH
                ? Optional.of("changes.contact.relationship") : Optional.empty();
    }

    public ContactKind getKind() { return kind; }
    public void setKind(ContactKind kind) { this.kind = kind; }
}
