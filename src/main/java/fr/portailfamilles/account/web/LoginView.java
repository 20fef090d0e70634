package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.Captchas;
import fr.portailfamilles.account.boundary.LoginGuard;
import fr.portailfamilles.account.boundary.LoginOutcome;
import fr.portailfamilles.platform.boundary.ClientAddress;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The "ACCES FAMILLES" form, also used by staff: e-mail, password and, after a failure or when IT asks for
 * it always, the security code drawn by the server.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LoginGuard loginGuard;

    @Inject
    Captchas captchas;

    @Inject
    LoginOutcome outcome;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SessionStart sessionStart;

    @Inject
    Clock clock;

    @NotBlank(message = "{login.email.required}")
    @Size(max = 254, message = "{login.email.tooLong}")
    @Email(message = "{login.email.invalid}")
    private String email;

    @NotBlank(message = "{login.password.required}")
    @Size(max = 128, message = "{login.password.tooLong}")
    private String password;

    @Size(max = 64)
    private String captchaToken;

    @Size(max = 20, message = "{login.code.tooLong}")
    private String captchaAnswer;

    private Boolean captchaShown;

    public void login() throws IOException {
        String address = clientAddress.current();
        var locked = loginGuard.lockedUntil(email);
        if (locked.isPresent()) {
            refuse("login.locked", ParisTime.HOUR.format(locked.get()));
            return;
        }
        boolean codeShown = captchaToken != null;
        if ((codeShown || loginGuard.captchaRequired(email)) && !captchas.answer(captchaToken, captchaAnswer)) {
            // The password is not checked without the right code (no oracle on it), so this is no failure of the
            // address either: counting it would lock an account whose owner typed the right password in another browser.
            refuse(codeShown && captchaAnswer != null ? "login.badCode" : "login.codeNeeded");
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> {
                sessionStart.begin(request, email);
                FailedLoginMark.clear(request, response);
                faces.responseComplete();
            }
            case SUCCESS -> {
                sessionStart.begin(request, email);
                FailedLoginMark.clear(request, response);
                external.redirect(external.getRequestContextPath() + LandingPage.of(request));
            }
            default -> refused(address);
        }
    }

    private void refused(String address) {
        boolean nowLocked = loginGuard.recordFailure(email, address);
        if (nowLocked) {
            refuse("login.locked", ParisTime.HOUR.format(loginGuard.lockedUntil(email).orElse(clock.now())));
            return;
        }
        switch (outcome.refusal()) {
            case DISABLED -> refuse("login.disabled");
            case PROVISIONAL_EXPIRED -> refuse("login.provisionalExpired");
            default -> refuse("login.failed");
        }
    }

    private void refuse(String key, Object... arguments) {
        Messages.error(null, key, arguments);
        password = null;
        FailedLoginMark.set((HttpServletResponse) faces.getExternalContext().getResponse());
        showNewCaptcha();
    }

    private void showNewCaptcha() {
        captchaShown = true;
        captchaToken = captchas.newChallenge();
        captchaAnswer = null;
    }

    /**
     * When IT wants it always, or in a browser where a login failed (its own mark), never because of an address
     * typed: the page must not tell whether that address failed recently ({@code connexion.xhtml?email=…}). The
     * server still asks the code for such an address when the form is posted (see {@link #login()}). Asked before
     * a posted form reaches the bean, so the code posted is read from the request.
     */
    public boolean isCaptchaShown() {
        if (captchaShown == null) {
            ExternalContext external = faces.getExternalContext();
            boolean posted = faces.isPostback() && external.getRequestParameterMap().get("captcha-token") != null;
            captchaShown = posted || loginGuard.captchaAlways()
                    || FailedLoginMark.isSet((HttpServletRequest) external.getRequest());
            if (captchaShown && !posted) {
                captchaToken = captchas.newChallenge();
            }
        }
        return captchaShown;
    }

    /** Set from the link the reset page redirects to: confirms the new password before the login. */
    public void setPasswordJustChanged(String value) {
        if ("oui".equals(value)) {
            Messages.info(null, "reset.done");
        }
    }

    public String getPasswordJustChanged() { return null; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCaptchaToken() { return captchaToken; }
    public void setCaptchaToken(String captchaToken) { this.captchaToken = captchaToken; }
    public String getCaptchaAnswer() { return captchaAnswer; }
    public void setCaptchaAnswer(String captchaAnswer) { this.captchaAnswer = captchaAnswer; }
}
