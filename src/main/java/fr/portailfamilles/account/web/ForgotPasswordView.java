package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.PasswordChanges;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.PortalUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "J'ai oublié mon mot de passe": the same answer whether the address has an account or not; a visitor who asks
 * for many addresses is told to wait.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    Mailer mailer;

    @NotBlank(message = "{login.email.required}")
    @Size(max = 254, message = "{login.email.tooLong}")
    @Email(message = "{login.email.invalid}")
    private String email;

    private boolean sent;

    public void send() {
        try {
            passwordChanges.requestReset(email, PortalUrl.address());
            sent = true;
            Messages.info(null, mailer.keepsMail() ? "forgot.kept" : "forgot.sent");
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public boolean isSent() { return sent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
