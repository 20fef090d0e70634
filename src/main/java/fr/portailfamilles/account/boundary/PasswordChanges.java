package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.PasswordHashing;
import fr.portailfamilles.account.control.PasswordPolicy;
import fr.portailfamilles.account.control.SecureTokens;
import fr.portailfamilles.account.entity.PasswordReset;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.ClientAddress;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.control.Texts;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** "Modifier mot de passe" and "J'ai oublié mon mot de passe". */
@Stateless
public class PasswordChanges {

    /** More reset e-mails than this in an hour are not sent: a form must not become a way to flood a mailbox. */
    private static final int MAX_RESETS_PER_HOUR = 3;
    /**
     * Requests from one client address in an hour, whatever the addresses typed: beyond, the visitor is told to
     * wait (a family, a school or a town hall sharing one connection stays well below).
     */
    static final int MAX_REQUESTS_PER_CLIENT_PER_HOUR = 10;

    private final PasswordPolicy policy = new PasswordPolicy();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog auditLog;

    @Inject
    LoginGuard loginGuard;

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /** @return when the password changed: sessions opened before then are ended */
    public Instant change(String email, String current, String newPassword, String confirmation) {
        UserAccount account = accounts.findByEmail(email).orElseThrow(() -> new ActionRefused("password.currentWrong"));
        if (current == null || !passwords.verify(current.toCharArray(), account.getPasswordHash())) {
            throw new ActionRefused("password.currentWrong");
        }
        if (newPassword != null && newPassword.equals(current)) {
            throw new ActionRefused("password.sameAsCurrent");
        }
        policy.problem(newPassword, confirmation, account.getEmail()).ifPresent(key -> {
            throw new ActionRefused(key);
        });
        Instant now = clock.now();
        account.changePassword(passwords.hash(newPassword.toCharArray()), now);
        auditLog.record(AuditAction.PASSWORD_CHANGED, account.getEmail(), account.getEmail(), null);
        return account.getCredentialsChangedAt();
    }

    /**
     * Sends a reset link if the address has an active account; says nothing either way, unless this client
     * asked too often.
     */
    public void requestReset(String email, String portalUrl) {
        String key = UserAccount.normalize(email);
        Instant anHourAgo = clock.now().minus(Duration.ofHours(1));
        long fromThisClient = auditLog.countFrom(AuditAction.PASSWORD_RESET_REQUESTED, clientAddress.current(), anHourAgo);
        if (fromThisClient >= MAX_REQUESTS_PER_CLIENT_PER_HOUR) {
            auditLog.record(AuditAction.PASSWORD_RESET_REQUESTED, null, key, "refused: too many requests from this client");
            throw new ActionRefused("forgot.tooMany");
        }
        Optional<UserAccount> found = accounts.findByEmail(email).filter(UserAccount::isEnabled);
        if (found.isEmpty()) {
            auditLog.record(AuditAction.PASSWORD_RESET_REQUESTED, null, key, "no active account");
            return;
        }
        UserAccount account = found.get();
        Instant now = clock.now();
        long recent = em.createQuery("select count(r) from PasswordReset r where r.account = :account and r.createdAt > :since", Long.class)
                .setParameter("account", account).setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= MAX_RESETS_PER_HOUR) {
            auditLog.record(AuditAction.PASSWORD_RESET_REQUESTED, null, key, "not sent: too many requests");
            return;
        }
        String token = SecureTokens.token();
        em.persist(new PasswordReset(account, SecureTokens.sha256(token), now));
        String link = portalUrl + "reinitialisation.xhtml?jeton=" + token;
        mailer.send(new MailMessage(account.getEmail(), Texts.french("mail.reset.subject"),
                Texts.french("mail.reset.body", account.getDisplayName(), link), List.of(token)));
        auditLog.record(AuditAction.PASSWORD_RESET_REQUESTED, null, key, "link sent");
    }

    public boolean isResetUsable(String token) {
        return findReset(token).filter(r -> r.isUsable(clock.now())).isPresent();
    }

    public void reset(String token, String newPassword, String confirmation) {
        Instant now = clock.now();
        PasswordReset reset = findReset(token).filter(r -> r.isUsable(now))
                .orElseThrow(() -> new ActionRefused("reset.invalidLink"));
        UserAccount account = reset.getAccount();
        policy.problem(newPassword, confirmation, account.getEmail()).ifPresent(key -> {
            throw new ActionRefused(key);
        });
        reset.use(now);
        account.changePassword(passwords.hash(newPassword.toCharArray()), now);
        loginGuard.recordSuccess(account.getEmail());
        auditLog.record(AuditAction.PASSWORD_RESET, account.getEmail(), account.getEmail(), null);
    }

    private Optional<PasswordReset> findReset(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.FIND_BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("tokenHash", SecureTokens.sha256(token))
                .getResultStream().findFirst();
    }
}
