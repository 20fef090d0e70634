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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/** The page of the e-mailed link: choose a new password once, within 30 minutes. */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    FacesContext faces;

    @Inject
    PasswordChanges passwordChanges;

    @Size(max = 64)
    private String token;

    @NotBlank(message = "{password.new.required}")
    @Size(max = 128, message = "{login.password.tooLong}")
    private String newPassword;

    @Size(max = 128, message = "{login.password.tooLong}")
    private String confirmation;

    private Boolean usable;

    /** Asked before a posted form reaches the bean: the token then comes from the button's parameter. */
    public boolean isUsable() {
        if (usable == null) {
            if (token == null) {
                token = faces.getExternalContext().getRequestParameterMap().get("jeton");
            }
            usable = passwordChanges.isResetUsable(token);
        }
        return usable;
    }

    public void reset() throws IOException {
        try {
            passwordChanges.reset(token, newPassword, confirmation);
            ExternalContext external = faces.getExternalContext();
            // Whoever failed to log in here has just proved the address theirs: the login page asks no code.
            FailedLoginMark.clear((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
            external.redirect(external.getRequestContextPath() + "/connexion.xhtml?motDePasseModifie=oui");
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
