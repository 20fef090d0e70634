package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.GuardianCorrection;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mes informations › a guardian's phones and contact e-mail: a parent proposes corrections for a guardian of their
 * own household. The e-mail of a guardian who logs in is their login, which IT changes: it is shown, not offered.
 */
@Named
@ViewScoped
public class GuardianChangeRequestView implements Serializable {

    @Inject
    ChangeRequests changeRequests;

    @Inject
    SignedInPerson signedIn;

    @Inject
    FamilySpaceView familySpace;

    private Long guardianId;
    private String guardianName;
    private boolean emailIsLogin;

    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String mobilePhone;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String homePhone;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String workPhone;
    @Pattern(regexp = FileValues.EMAIL, message = "{changes.email.invalid}")
    @Size(max = FileValues.EMAIL_LENGTH, message = "{login.email.tooLong}")
    private String email;

    @Size(max = 500, message = "{changes.tooLong}")
    private String comment;

    /** Only a guardian of the parent's own household: any other id is a page that does not exist. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<Guardian> guardian = guardianId == null ? Optional.empty() : familySpace.getHousehold().getGuardians().stream()
                .filter(g -> g.getId().equals(guardianId)).findFirst();
        if (guardian.isEmpty()) {
            MissingPage.send();
            return;
        }
        Guardian g = guardian.get();
        guardianName = g.getFullName();
        emailIsLogin = changeRequests.emailIsLogin(familySpace.getHousehold().getId(), g.getId());
        mobilePhone = g.getMobilePhone();
        homePhone = g.getHomePhone();
        workPhone = g.getWorkPhone();
        email = g.getEmail();
    }

    public void submit() throws IOException {
        Map<GuardianCorrection, String> proposed = new EnumMap<>(GuardianCorrection.class);
        proposed.put(GuardianCorrection.MOBILE_PHONE, mobilePhone);
        proposed.put(GuardianCorrection.HOME_PHONE, homePhone);
        proposed.put(GuardianCorrection.WORK_PHONE, workPhone);
        if (!emailIsLogin) {
            proposed.put(GuardianCorrection.EMAIL, email);
        }
        try {
            changeRequests.submitForGuardian(familySpace.getHousehold().getId(), guardianId,
                    signedIn.login().orElseThrow(), proposed, comment);
            Messages.infoAfterRedirect("/portail/mes-informations.xhtml", "changes.sent");
        } catch (ActionRefused refused) {
            String field = refused.messageKey().contains("email") ? "email" : null;
            Messages.error(field, refused.messageKey(), refused.arguments());
        }
    }

    public String getGuardianName() { return guardianName; }
    public boolean isEmailIsLogin() { return emailIsLogin; }
    public Long getGuardianId() { return guardianId; }
    public void setGuardianId(Long guardianId) { this.guardianId = guardianId; }
    public String getMobilePhone() { return mobilePhone; }
    public void setMobilePhone(String mobilePhone) { this.mobilePhone = mobilePhone; }
    public String getHomePhone() { return homePhone; }
    public void setHomePhone(String homePhone) { this.homePhone = homePhone; }
    public String getWorkPhone() { return workPhone; }
    public void setWorkPhone(String workPhone) { this.workPhone = workPhone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
