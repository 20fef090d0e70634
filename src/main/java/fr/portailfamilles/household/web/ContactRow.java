package fr.portailfamilles.household.web;

import fr.portailfamilles.household.entity.ChildContact;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.FileValues;

import java.io.Serializable;

/** One editable line of the people who may collect a child or are called in an emergency. */
public class ContactRow implements Serializable {

    private String fullName;
    private String phone;
    private String relationship;

    public ContactRow() {
    }

    static ContactRow of(ChildContact contact) {
        ContactRow row = new ContactRow();
        row.fullName = contact.getFullName();
        row.phone = contact.getPhone();
        row.relationship = contact.getRelationship();
        return row;
    }

    boolean isBlank() {
        return FileValues.given(fullName) == null && FileValues.given(phone) == null && FileValues.given(relationship) == null;
    }

    /** A name and a phone number that staff can call: both are needed. */
    boolean isComplete() {
        return FileValues.given(fullName) != null && FileValues.given(phone) != null && phone.strip().matches(FileValues.PHONE);
    }

    ContactLine line() {
        return new ContactLine(fullName.strip(), phone.strip(), FileValues.given(relationship));
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
}
