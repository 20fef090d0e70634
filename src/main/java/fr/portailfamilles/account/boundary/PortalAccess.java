package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.SecureTokens;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.household.boundary.GuardianContact;
import fr.portailfamilles.household.boundary.Guardians;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    Guardians guardians;

    @Inject
    Clock clock;

    /** Guardians matching a name or e-mail, with their account when they have one. */
    public List<GuardianAccess> search(String text) {
        return withAccounts(guardians.matching(text, MAX_ROWS));
    }

    /** The guardians of one household, from its page. */
    public List<GuardianAccess> ofHousehold(long householdId) {
        return withAccounts(guardians.ofHousehold(householdId));
    }

    private List<GuardianAccess> withAccounts(List<GuardianContact> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, UserAccount> byGuardian = em.createNamedQuery(UserAccount.FIND_BY_GUARDIANS, UserAccount.class)
                .setParameter("guardianIds", found.stream().map(GuardianContact::guardianId).toList())
                .getResultStream().collect(Collectors.toMap(UserAccount::getGuardianId, Function.identity()));
        return found.stream().map(g -> GuardianAccess.of(g, byGuardian.get(g.guardianId()))).toList();
    }

    /** Opens the account, or sends a new provisional password when it exists already. */
    public void open(long guardianId, String portalUrl, String actor) {
        GuardianContact guardian = guardians.find(guardianId).orElseThrow(() -> new ActionRefused("access.unknownGuardian"));
        if (!guardian.hasEmail()) {
            throw new ActionRefused("access.noEmail");
        }
        Optional<UserAccount> existing = em.createNamedQuery(UserAccount.FIND_BY_GUARDIAN, UserAccount.class)
                .setParameter("guardianId", guardianId).getResultStream().findFirst();
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
        } else {
            if (accounts.findByEmail(guardian.email()).isPresent()) {
                throw new ActionRefused("access.emailTaken", guardian.email());
            }
            // A random hash until the provisional password replaces it just below.
            account = UserAccount.forGuardian(guardianId, guardian.householdId(), guardian.fullName(), guardian.email(),
                    SecureTokens.token(), clock.now());
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
