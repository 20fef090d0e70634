package fr.portailfamilles.household.web;

import fr.portailfamilles.household.entity.ChildContact;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.FileValues;

import java.io.Serializable;
import java.util.Optional;

/** One person a parent lists on their child's file, with why they are there: may collect the child, or to call. */
public class ProposedContact implements Serializable {

    private ContactKind kind = ContactKind.EMERGENCY;
    private String fullName;
    private String phone;
    private String relationship;

    public ProposedContact() {
    }

    static ProposedContact of(ChildContact contact) {
        ProposedContact row = new ProposedContact();
        row.kind = contact.getKind();
        row.fullName = contact.getFullName();
        row.phone = contact.getPhone();
        row.relationship = contact.getRelationship();
        return row;
    }

    /** A line left empty is no one: it is dropped rather than refused. */
    boolean isBlank() {
        return FileValues.given(fullName) == null && FileValues.given(phone) == null && FileValues.given(relationship) == null;
    }

    /** What is wrong with the name, as a message key; empty when it is fine. */
    Optional<String> nameProblem() {
        String given = FileValues.given(fullName);
        return given == null ? Optional.of("changes.contact.name")
                : given.length() > FileValues.CONTACT_NAME_LENGTH ? Optional.of("changes.contact.nameTooLong") : Optional.empty();
    }

    Optional<String> phoneProblem() {
        String given = FileValues.given(phone);
        return given != null && given.matches(FileValues.PHONE) ? Optional.empty() : Optional.of("changes.phone.invalid");
    }

    Optional<String> relationshipProblem() {
        String given = FileValues.given(relationship);
        return given != null && given.length() > FileValues.RELATIONSHIP_LENGTH
                ? Optional.of("changes.contact.relationship") : Optional.empty();
    }

    ContactLine line() {
        return new ContactLine(fullName, phone, relationship);
    }

    public ContactKind getKind() { return kind; }
    public void setKind(ContactKind kind) { this.kind = kind; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
}
