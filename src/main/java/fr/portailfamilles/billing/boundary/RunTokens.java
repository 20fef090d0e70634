package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.account.control.SecureTokens;
import fr.portailfamilles.billing.entity.RunToken;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * IT: the tokens with which scripts start invoice runs over HTTP ({@code POST /api/facturation/executions}). A new
 * token is shown once; only its SHA-256 is kept.
 */
@Stateless
@RolesAllowed("IT")
public class RunTokens {

    /** How a run started with a token names who started it. */
    public static final String ACTOR_PREFIX = "token:";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** A new token, named for the script that will use it; the answer is the only time it is seen. */
    public String create(String name, String actor) {
        if (name == null || name.isBlank()) {
            throw new ActionRefused("billing.token.name.required");
        }
        String token = SecureTokens.token();
        em.persist(new RunToken(name.strip(), SecureTokens.sha256(token), actor, clock.now()));
        auditLog.record(AuditAction.RUN_TOKEN_CREATED, actor, name.strip(), null);
        return token;
    }

    public void revoke(long tokenId, String actor) {
        RunToken token = em.find(RunToken.class, tokenId);
        if (token == null) {
            throw new ActionRefused("billing.token.unknown");
        }
        token.revoke(actor, clock.now());
        auditLog.record(AuditAction.RUN_TOKEN_REVOKED, actor, token.getName(), null);
    }

    public List<RunToken> all() {
        return em.createNamedQuery(RunToken.ALL, RunToken.class).getResultList();
    }

    /** Who a token presented over HTTP stands for ("token:nightly"), if it is one of ours and not revoked. */
    @PermitAll
    public Optional<String> holder(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        Optional<RunToken> token = em.createNamedQuery(RunToken.BY_HASH, RunToken.class)
                .setParameter("hash", SecureTokens.sha256(presented.strip()))
                .getResultStream().findFirst().filter(t -> !t.isRevoked());
        token.ifPresent(t -> t.used(clock.now()));
        return token.map(t -> ACTOR_PREFIX + t.getName());
    }
}
