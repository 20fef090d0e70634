package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.PasswordHashing;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;

/** Checks e-mail and password against the accounts in the database. */
@Stateless
public class PortailIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    LoginOutcome outcome;

    @Inject
    Clock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalize(login.getCaller()))
                .getResultStream()
                .findFirst();
        char[] password = login.getPassword().getValue();
        if (found.isEmpty()) {
            passwords.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        if (!passwords.verify(password, account.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!account.isEnabled()) {
            outcome.refuse(LoginOutcome.Refusal.DISABLED);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.isProvisionalExpired(clock.now())) {
            outcome.refuse(LoginOutcome.Refusal.PROVISIONAL_EXPIRED);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (passwords.needsUpgrade(account.getPasswordHash())) {
            account.upgradePasswordHash(passwords.hash(password));
        }
        account.recordLogin(clock.now());
        return new CredentialValidationResult(account.getEmail(), account.getRole().groups());
    }
}
