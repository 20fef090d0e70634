package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.LoginThrottle;
import fr.portailfamilles.account.entity.LoginFailure;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Settings;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Throttles password guessing. Failures are counted per address typed, whether an account has it or not,
 * so that a lock tells nothing about which accounts exist; the count lives in the database, shared by all nodes.
 */
@Stateless
public class LoginGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    public Optional<Instant> lockedUntil(String email) {
        Instant now = clock.now();
        return LoginThrottle.lockedUntil(failures(UserAccount.normalize(email), now), now);
    }

    /** Records a failure; true when this one locks the address. */
    public boolean recordFailure(String email, String clientAddress) {
        Instant now = clock.now();
        String key = UserAccount.normalize(email);
        em.persist(new LoginFailure(key, clientAddress, now));
        em.flush();
        auditLog.record(AuditAction.LOGIN_FAILED, key, key, null);
        boolean locked = LoginThrottle.lockedUntil(failures(key, now), now).isPresent();
        if (locked) {
            auditLog.record(AuditAction.ACCOUNT_LOCKED, key, key, "until " + lockedUntil(key).orElse(now));
        }
        return locked;
    }

    public void recordSuccess(String email) {
        em.createNamedQuery(LoginFailure.CLEAR_KEY).setParameter("key", UserAccount.normalize(email)).executeUpdate();
        em.createNamedQuery(LoginFailure.PURGE).setParameter("before", clock.now().minus(LoginThrottle.WINDOW)).executeUpdate();
    }

    public boolean captchaAlways() {
        return settings.captchaAlways();
    }

    /**
     * The security code is asked after a failure for the address typed (account or not), or always if IT
     * says so. Not per client IP: a town hall or a school shares one address between many families.
     */
    public boolean captchaRequired(String email) {
        if (settings.captchaAlways()) {
            return true;
        }
        return email != null && !failures(UserAccount.normalize(email), clock.now()).isEmpty();
    }

    private List<Instant> failures(String key, Instant now) {
        return em.createNamedQuery(LoginFailure.TIMES_FOR_KEY, Instant.class)
                .setParameter("key", key)
                .setParameter("since", now.minus(LoginThrottle.WINDOW))
                .getResultList();
    }
}
