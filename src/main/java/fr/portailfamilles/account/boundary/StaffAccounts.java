package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.SecureTokens;
import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The accounts of the centre's staff and IT department, managed by IT. */
@Stateless
@RolesAllowed("IT")
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProvisionalPasswords provisionalPasswords;

    @Inject
    AuditLog auditLog;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    public List<UserAccount> all() {
        return em.createNamedQuery(UserAccount.FIND_STAFF, UserAccount.class).getResultList();
    }

    public void create(String email, String displayName, Role role, String portalUrl, String actor) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new ActionRefused("access.emailTaken", email);
        }
        if (role == null || role == Role.PARENT) {
            throw new ActionRefused("staff.roleRequired");
        }
        UserAccount account = UserAccount.forStaff(email, displayName.strip(), SecureTokens.token(), role, clock.now());
        em.persist(account);
        provisionalPasswords.issue(account, portalUrl);
        auditLog.record(AuditAction.ACCOUNT_CREATED, actor, account.getEmail(), role.name());
    }

    public void disable(long accountId, String actor) {
        UserAccount account = staffAccount(accountId);
        refuseOwn(account, actor, "staff.notYourself");
        account.disable(clock.now());
        auditLog.record(AuditAction.ACCOUNT_DISABLED, actor, account.getEmail(), null);
    }

    public void enable(long accountId, String actor) {
        UserAccount account = staffAccount(accountId);
        account.enable();
        auditLog.record(AuditAction.ACCOUNT_ENABLED, actor, account.getEmail(), null);
    }

    public void resetPassword(long accountId, String portalUrl, String actor) {
        UserAccount account = staffAccount(accountId);
        refuseOwn(account, actor, "staff.notYourself");
        if (!account.isEnabled()) {
            throw new ActionRefused("access.disabled");
        }
        provisionalPasswords.issue(account, portalUrl);
        auditLog.record(AuditAction.PORTAL_ACCESS_SENT, actor, account.getEmail(), null);
    }

    public void changeRole(long accountId, Role role, String actor) {
        UserAccount account = staffAccount(accountId);
        refuseOwn(account, actor, "staff.notYourself");
        if (role == null || role == Role.PARENT) {
            throw new ActionRefused("staff.roleRequired");
        }
        if (account.getRole() != role) {
            account.changeRole(role);
            auditLog.record(AuditAction.ROLE_CHANGED, actor, account.getEmail(), role.name());
        }
    }

    private UserAccount staffAccount(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getRole() == Role.PARENT) {
            throw new ActionRefused("staff.unknown");
        }
        return account;
    }

    /** IT cannot lock itself out (nor replace its own password from here): another IT account must do it. */
    private static void refuseOwn(UserAccount account, String actor, String key) {
        if (account.getEmail().equals(UserAccount.normalize(actor))) {
            throw new ActionRefused(key);
        }
    }
}
