package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.platform.control.SearchText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff: the guardians of the households, found by name, e-mail or household, for the screens of other areas. */
@Stateless
@RolesAllowed("STAFF")
public class Guardians {

    private static final String ORDER = " order by g.lastName, g.firstName, g.id";

    @PersistenceContext
    EntityManager em;

    /** Guardians whose name, e-mail or household's name contains the text, at most {@code max}. */
    public List<GuardianContact> matching(String text, int max) {
        return contacts(em.createQuery("select g from Guardian g join fetch g.household where g.searchText like :p"
                + SearchText.LIKE_ESCAPE + ORDER, Guardian.class)
                .setParameter("p", SearchText.containsPattern(text)).setMaxResults(max));
    }

    public List<GuardianContact> ofHousehold(long householdId) {
        return contacts(em.createQuery("select g from Guardian g join fetch g.household where g.household.id = :id" + ORDER, Guardian.class)
                .setParameter("id", householdId));
    }

    public Optional<GuardianContact> find(long guardianId) {
        return Optional.ofNullable(em.find(Guardian.class, guardianId)).map(GuardianContact::of);
    }

    /** These guardians (an invoice run's billed guardians), by id; one query for the whole batch. */
    public Map<Long, GuardianContact> contacts(Collection<Long> guardianIds) {
        if (guardianIds.isEmpty()) {
            return Map.of();
        }
        return contacts(em.createQuery("select g from Guardian g join fetch g.household where g.id in :ids", Guardian.class)
                .setParameter("ids", guardianIds)).stream()
                .collect(Collectors.toMap(GuardianContact::guardianId, Function.identity()));
    }

    private static List<GuardianContact> contacts(TypedQuery<Guardian> query) {
        return query.getResultStream().map(GuardianContact::of).toList();
    }
}
