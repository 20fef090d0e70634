package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.SecureTokens;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.SearchText;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Staff open a guardian's portal account; the guardian receives the opening e-mail. */
@Stateless
@RolesAllowed("STAFF")
public class PortalAccess {

    private static final int MAX_ROWS = 200;

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

    /** Guardians matching a name or e-mail, with their account when they have one. */
    public List<GuardianAccess> search(String text) {
        String like = " like :p" + SearchText.LIKE_ESCAPE;
        return guardians(em.createQuery(GUARDIANS_WITH_ACCOUNTS
                        + " where lower(g.lastName)" + like + " or lower(g.firstName)" + like + " or lower(g.email)" + like
                        + " or lower(g.household.name)" + like + ORDER, Object[].class)
                .setParameter("p", SearchText.containsPattern(text)));
    }

    /** The guardians of one household, from its page. */
    public List<GuardianAccess> ofHousehold(long householdId) {
        return guardians(em.createQuery(GUARDIANS_WITH_ACCOUNTS + " where g.household.id = :id" + ORDER, Object[].class)
                .setParameter("id", householdId));
    }

    private static final String GUARDIANS_WITH_ACCOUNTS = "select g, u from Guardian g left join UserAccount u on u.guardian = g";
    private static final String ORDER = " order by g.lastName, g.firstName, g.id";

    private static List<GuardianAccess> guardians(TypedQuery<Object[]> query) {
        return query.setMaxResults(MAX_ROWS).getResultStream()
                .map(r -> GuardianAccess.of((Guardian) r[0], (UserAccount) r[1])).toList();
    }

    /** Opens the account, or sends a new provisional password when it exists already. */
    public void open(long guardianId, String portalUrl, String actor) {
        Guardian guardian = em.find(Guardian.class, guardianId);
        if (guardian == null) {
            throw new ActionRefused("access.unknownGuardian");
        }
        if (guardian.getEmail() == null || guardian.getEmail().isBlank()) {
            throw new ActionRefused("access.noEmail");
        }
        Optional<UserAccount> existing = em.createNamedQuery(UserAccount.FIND_BY_GUARDIAN, UserAccount.class)
                .setParameter("guardianId", guardianId).getResultStream().findFirst();
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
        } else {
            if (accounts.findByEmail(guardian.getEmail()).isPresent()) {
                throw new ActionRefused("access.emailTaken", guardian.getEmail());
            }
            // A random hash until the provisional password replaces it just below.
            account = UserAccount.forGuardian(guardian, guardian.getEmail(), SecureTokens.token(), clock.now());
            em.persist(account);
            auditLog.record(AuditAction.ACCOUNT_CREATED, actor, account.getEmail(), "PARENT");
        }
        if (!account.isEnabled()) {
            throw new ActionRefused("access.disabled");
        }
        provisionalPasswords.issue(account, portalUrl);
        auditLog.record(AuditAction.PORTAL_ACCESS_SENT, actor, account.getEmail(), null);
    }
}
