package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.SignedTokens;
import fr.portailfamilles.platform.entity.PortalSetting;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import java.util.Base64;
import java.util.Optional;

/**
 * The key that signs the tokens of the public forms, kept in the database so that every node behind the load
 * balancer checks what another issued. Drawn at random by the first node that needs it; when two nodes draw one
 * at the same moment, the database keeps the first and the other node reads it.
 */
@Singleton
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class FormSigningKey {

    static final String SETTING = "form.signing.key";

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private SignedTokens tokens;

    @PostConstruct
    void load() {
        String key = stored().orElseGet(this::drawn);
        tokens = new SignedTokens(Base64.getDecoder().decode(key));
    }

    public SignedTokens tokens() {
        return tokens;
    }

    private Optional<String> stored() {
        return Optional.ofNullable(em.find(PortalSetting.class, SETTING)).map(PortalSetting::getValue);
    }

    private String drawn() {
        String key = Base64.getEncoder().encodeToString(SignedTokens.randomKey());
        try {
            transaction.begin();
            em.persist(new PortalSetting(SETTING, key));
            transaction.commit();
            return key;
        } catch (Exception anotherNodeWasFirst) {
            rollBack();
            return stored().orElseThrow(() -> new IllegalStateException("No form signing key could be stored", anotherNodeWasFirst));
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not roll back the form key's transaction", e);
        }
    }
}
