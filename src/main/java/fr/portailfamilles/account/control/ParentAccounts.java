package fr.portailfamilles.account.control;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.lifecycle.GuardianLogins;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal accounts of a household's guardians, as the household's life cycle sees them: a login is activity,
 * the accounts are exported (never their password hash) and deleted with their reset links on anonymisation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ParentAccounts implements HouseholdLifecycle, GuardianLogins {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "portalAccounts";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        return new HashSet<>(em.createQuery("select distinct u.householdId from UserAccount u"
                        + " where u.householdId in :ids and u.lastLoginAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
    }

    @Override
    public JsonValue export(long householdId) {
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        em.createNamedQuery(UserAccount.FIND_FOR_HOUSEHOLD, UserAccount.class).setParameter("householdId", householdId)
                .getResultStream()
                .forEach(u -> accounts.add(Json.createObjectBuilder().add("email", u.getEmail())
                        .add("createdAt", u.getCreatedAt().toString())
                        .add("lastLoginAt", u.getLastLoginAt() == null ? "" : u.getLastLoginAt().toString())
                        .add("enabled", u.isEnabled())));
        return accounts.build();
    }

    @Override
    public void anonymise(long householdId) {
        em.createQuery("delete from PasswordReset r where r.account in"
                        + " (select u from UserAccount u where u.householdId = :id)")
                .setParameter("id", householdId).executeUpdate();
        em.createQuery("delete from UserAccount u where u.householdId = :id").setParameter("id", householdId).executeUpdate();
    }

    @Override
    public boolean hasLogin(long guardianId) {
        return !em.createNamedQuery(UserAccount.FIND_BY_GUARDIAN, UserAccount.class)
                .setParameter("guardianId", guardianId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Set<Long> withLogin(Collection<Long> guardianIds) {
        if (guardianIds.isEmpty()) {
            return Set.of();
        }
        return em.createNamedQuery(UserAccount.FIND_BY_GUARDIANS, UserAccount.class).setParameter("guardianIds", guardianIds)
                .getResultStream().map(UserAccount::getGuardianId).collect(Collectors.toSet());
    }
}
