package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.ChangeLogEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * The household's "Historique des modifications" as the other areas add to it: what staff decided about a child of
 * the family there (a medical certificate validated or refused), in the same transaction as the decision. Only the
 * household area writes its change log.
 */
@Stateless
@RolesAllowed("STAFF")
public class HouseholdHistory {

    @PersistenceContext
    EntityManager em;

    /**
     * @param what  the kind of decision, labelled in the bundles by {@code field.} followed by it
     * @param after what was decided, as staff and the family read it
     */
    public void recordAboutChild(long householdId, String childName, String what, String after, String staff, Instant at) {
        em.persist(ChangeLogEntry.about(childName, householdId, what, null, after, staff, at));
    }
}
