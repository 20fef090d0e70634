package fr.portailfamilles.household.control;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * RGPD: finds the households with no activity over the retention period and anonymises them. Activity is the
 * file's creation and changes, the family's requests, documents and registration requests, a guardian's login.
 * Unpaid invoices join this rule with the invoicing that brings them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdAnonymiser {

    private static final String INACTIVE_SINCE = "h.anonymisedAt is null and h.createdAt < :since"
            + " and not exists (select e from ChangeLogEntry e where e.householdId = h.id and e.changedAt >= :since)"
            + " and not exists (select r from ChangeRequest r where r.household = h and r.requestedAt >= :since)"
            + " and not exists (select d from Document d where d.householdId = h.id and d.uploadedAt >= :since)"
            + " and not exists (select u from UserAccount u where u.household = h and u.lastLoginAt >= :since)"
            + " and not exists (select b from BookingRequest b where b.householdId = h.id and b.requestedAt >= :since)";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    public List<Household> inactiveSince(Instant since, int max) {
        return em.createQuery("select h from Household h where " + INACTIVE_SINCE + " order by h.name, h.id", Household.class)
                .setParameter("since", since)
                .setMaxResults(max)
                .getResultList();
    }

    /** @return false when the household has had activity since, or is anonymised already: nothing is done */
    public boolean anonymise(long householdId, Instant inactiveSince, String actor) {
        boolean eligible = em.createQuery("select count(h) from Household h where h.id = :id and " + INACTIVE_SINCE, Long.class)
                .setParameter("id", householdId)
                .setParameter("since", inactiveSince)
                .getSingleResult() > 0;
        if (!eligible) {
            return false;
        }
        Household household = em.find(Household.class, householdId);
        forgetChildren(household);
        household.anonymise(clock.now());
        em.flush();
        forgetHistory(householdId);
        auditLog.record(AuditAction.HOUSEHOLD_ANONYMISED, actor, "n° " + householdId, null);
        return true;
    }

    /** A child still in another household's file (separated parents) only leaves this one. */
    private void forgetChildren(Household household) {
        int rank = 1;
        for (Child child : List.copyOf(household.getChildren())) {
            long households = em.createNamedQuery(Household.IDS_OF_CHILD, Long.class)
                    .setParameter("childId", child.getId()).getResultList().size();
            if (households > 1) {
                household.removeChild(child);
            } else {
                child.anonymise(rank++);
            }
        }
    }

    /**
     * Requests, documents, change log and portal logins name people: they go; registrations and the answers to
     * medical certificates stay (invoices need them), without the parent's e-mail or the file.
     */
    private void forgetHistory(long householdId) {
        em.createQuery("select r.id from ChangeRequest r where r.household.id = :id", Long.class)
                .setParameter("id", householdId).getResultList()
                .forEach(id -> em.remove(em.find(ChangeRequest.class, id)));
        em.createQuery("delete from ChangeLogEntry e where e.householdId = :id").setParameter("id", householdId).executeUpdate();
        em.createNativeQuery("update booking_request set requested_by = 'anonyme' where household_id = ?1")
                .setParameter(1, householdId).executeUpdate();
        em.createNativeQuery("update medical_certificate set document_id = null, submitted_by = 'anonyme' where household_id = ?1")
                .setParameter(1, householdId).executeUpdate();
        em.flush();
        for (Document document : em.createNamedQuery(Document.FIND_FOR_HOUSEHOLD, Document.class)
                .setParameter("householdId", householdId).getResultList()) {
            em.createQuery("delete from DocumentContent c where c.documentId = :id").setParameter("id", document.getId()).executeUpdate();
            em.remove(document);
        }
        for (UserAccount account : em.createQuery("select u from UserAccount u where u.household.id = :id", UserAccount.class)
                .setParameter("id", householdId).getResultList()) {
            em.createQuery("delete from PasswordReset p where p.account = :account").setParameter("account", account).executeUpdate();
            em.remove(account);
        }
    }
}
