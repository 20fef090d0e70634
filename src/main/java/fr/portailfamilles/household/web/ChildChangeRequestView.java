package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.entity.Child;
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
import java.util.Optional;

/** Mes enfants › Signaler une modification: a parent proposes corrections of one of their own children's file. */
@Named
@ViewScoped
public class ChildChangeRequestView implements Serializable {

    @Inject
    ChangeRequests changeRequests;

    @Inject
    SignedInPerson signedIn;

    @Inject
    FamilySpaceView familySpace;

    private Long childId;
    private String childName;

    private ChildFileFields fields = new ChildFileFields();

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
    }

    public void submit() throws IOException {
        try {
            changeRequests.submitForChild(familySpace.getHousehold().getId(), childId,
                    signedIn.login().orElseThrow(), fields.corrections(), comment);
            Messages.infoAfterRedirect("/portail/mes-enfants.xhtml", "changes.sent");
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public String getChildName() { return childName; }
    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public ChildFileFields getFields() { return fields; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
