package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.PasswordChanges;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.time.Instant;

/** "Mon compte › Modifier mot de passe", also the forced step after a provisional password. */
@Named
@RequestScoped
public class ChangePasswordView {

    @Inject
    FacesContext faces;

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    SessionStart sessionStart;

    @Inject
    CurrentUser currentUser;

    @NotBlank(message = "{password.current.required}")
    @Size(max = 128, message = "{login.password.tooLong}")
    private String current;

    @NotBlank(message = "{password.new.required}")
    @Size(max = 128, message = "{login.password.tooLong}")
    private String newPassword;

    @Size(max = 128, message = "{login.password.tooLong}")
    private String confirmation;

    public boolean isForced() {
        return currentUser.account().map(a -> a.isMustChangePassword()).orElse(false);
    }

    public void change() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            Instant changedAt = passwordChanges.change(request.getUserPrincipal().getName(), current, newPassword, confirmation);
            sessionStart.renew(request, changedAt);
            Messages.infoAfterRedirect(LandingPage.of(request), "password.changed");
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
