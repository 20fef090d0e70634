package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.entity.AuditEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** The security journal. Callers pass names and facts, never a password, token, code or session id. */
@Stateless
@PermitAll
public class AuditLog {

    /** The author of what the server does on its own schedule (the monthly invoice run), as the journal keeps it. */
    public static final String SCHEDULED = "schedule";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    public void record(AuditAction action, String actor, String subject, String detail) {
        em.persist(new AuditEvent(clock.now(), actor, action, subject, detail, clientAddress.current()));
    }

    /** How many times this happened from one client address since then, for limits per address. */
    public long countFrom(AuditAction action, String clientAddress, Instant since) {
        return em.createQuery("select count(e) from AuditEvent e where e.action = :action"
                        + " and e.clientAddress = :address and e.occurredAt > :since", Long.class)
                .setParameter("action", action)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .getSingleResult();
    }

    @RolesAllowed("IT")
    public List<AuditEvent> latest(int max) {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }
}
