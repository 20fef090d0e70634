package fr.portailfamilles.account.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the identity store refused a login, for the login page only. Disabled accounts and expired provisional
 * passwords are told apart only once the right password has been given, so nothing leaks about other accounts.
 */
@RequestScoped
public class LoginOutcome {

    public enum Refusal { BAD_CREDENTIALS, DISABLED, PROVISIONAL_EXPIRED }

    private Refusal refusal = Refusal.BAD_CREDENTIALS;

    public Refusal refusal() {
        return refusal;
    }

    void refuse(Refusal why) {
        this.refusal = why;
    }
}
