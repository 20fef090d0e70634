package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The family files. */
@Stateless
public class Households {

    @PersistenceContext
    EntityManager em;

    public long count() {
        return em.createNamedQuery(Household.COUNT, Long.class).getSingleResult();
    }

    public long childCount() {
        return em.createNamedQuery(Child.COUNT, Long.class).getSingleResult();
    }

    /** The household with its guardians and children loaded, for display. */
    public Optional<Household> withMembers(long householdId) {
        Household household = em.find(Household.class, householdId);
        if (household != null) {
            household.getGuardians().size();
            household.getChildren().size();
        }
        return Optional.ofNullable(household);
    }
}
