package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Looks up and keeps the portal's logins. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalize(email))
                .getResultStream()
                .findFirst();
    }
}
