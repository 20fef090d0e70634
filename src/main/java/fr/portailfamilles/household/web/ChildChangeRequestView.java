package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mes enfants › Signaler une modification: a parent proposes corrections of one of their own children's file. */
@Named
@ViewScoped
public class ChildChangeRequestView implements Serializable {

    /** The id of the people's table on the page, in a form that does not prepend its own. */
    private static final String CONTACTS_TABLE = "contacts";

    @Inject
    ChangeRequests changeRequests;

    @Inject
    SignedInPerson signedIn;

    @Inject
    FamilySpaceView familySpace;

    private Long childId;
    private String childName;

    private ChildFileFields fields = new ChildFileFields();

    /** The people of both kinds as the parent wants them: the file's, then changed, added or removed. */
    private final List<ProposedContact> contacts = new ArrayList<>();

    @Size(max = 500, message = "{changes.tooLong}")
    private String comment;

    /** Only a child of the parent's own household: any other id is a page that does not exist. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<Child> child = childId == null ? Optional.empty() : familySpace.getHousehold().getChildren().stream()
                .filter(c -> c.getId().equals(childId)).findFirst();
        if (child.isEmpty()) {
            MissingPage.send();
            return;
        }
        childName = child.get().getFullName();
        fields = ChildFileFields.of(child.get());
        child.get().getPickups().forEach(c -> contacts.add(ProposedContact.of(c)));
        child.get().getEmergencyContacts().forEach(c -> contacts.add(ProposedContact.of(c)));
    }

    public void addContact() {
        contacts.add(new ProposedContact());
    }

    public void removeContact(ProposedContact contact) {
        contacts.remove(contact);
    }

    public void submit() throws IOException {
        contacts.removeIf(ProposedContact::isBlank);
        if (!contactsValid()) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Map<ContactKind, List<ContactLine>> lines = new EnumMap<>(ContactKind.class);
        for (ContactKind kind : ContactKind.values()) {
            lines.put(kind, contacts.stream().filter(c -> c.getKind() == kind).map(ProposedContact::line).toList());
        }
        try {
            changeRequests.submitForChild(familySpace.getHousehold().getId(), childId,
                    signedIn.login().orElseThrow(), fields.corrections(), lines, comment);
            Messages.infoAfterRedirect("/portail/mes-enfants.xhtml", "changes.sent");
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    /** Each problem is said at its own field, on its line of the table. */
    private boolean contactsValid() {
        boolean valid = true;
        for (int i = 0; i < contacts.size(); i++) {
            ProposedContact contact = contacts.get(i);
            String line = CONTACTS_TABLE + ":" + i + ":";
            valid &= said(line + "contact-name", contact.nameProblem());
            valid &= said(line + "contact-phone", contact.phoneProblem());
            valid &= said(line + "contact-relationship", contact.relationshipProblem());
        }
        return valid;
    }

    private static boolean said(String clientId, Optional<String> problem) {
        problem.ifPresent(key -> Messages.error(clientId, key));
        return problem.isEmpty();
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public List<ProposedContact> getContacts() { return contacts; }
    public String getChildName() { return childName; }
    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public ChildFileFields getFields() { return fields; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
