package fr.portailfamilles.account;

import fr.portailfamilles.account.control.StoredHash;
import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A hash made with the container's weak defaults is replaced by a strong one at the next good login. */
@ExtendWith(ArquillianExtension.class)
class PasswordUpgradeIT {

    private static final String EMAIL = "ancien.hash@portail-familles.test";
    private static final String PASSWORD = "Un mot de passe d'avant";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(PasswordUpgradeIT.class);
    }

    @EJB(beanName = "PortailIdentityStore")
    IdentityStore identityStore;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @Test
    void aWeakHashIsUpgradedAtTheNextSuccessfulLogin() throws Exception {
        Pbkdf2PasswordHash weakHash = CDI.current().select(Pbkdf2PasswordHash.class).get();
        weakHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "2048", "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
        transaction.begin();
        em.persist(UserAccount.forStaff(EMAIL, "Ancien compte", weakHash.generate(PASSWORD.toCharArray()), Role.STAFF, clock.now()));
        transaction.commit();

        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(EMAIL, PASSWORD));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        String stored = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", EMAIL).getSingleResult().getPasswordHash();
        StoredHash hash = StoredHash.parse(stored);
        assertEquals("PBKDF2WithHmacSHA256", hash.algorithm());
        assertEquals(600_000, hash.iterations());
        assertTrue(hash.saltBytes() >= 16);
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStore.validate(new UsernamePasswordCredential(EMAIL, PASSWORD)).getStatus(), "the new hash works");
    }
}
