package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.SearchText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The family files. */
@Stateless
@PermitAll
public class Households {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public long count() {
        return em.createNamedQuery(Household.COUNT, Long.class).getSingleResult();
    }

    public long childCount() {
        return em.createNamedQuery(Child.COUNT, Long.class).getSingleResult();
    }

    /** The columns the staff's list sorts on, by the name the page gives them. */
    private static final Map<String, String> SORTABLE = Map.of("name", "h.name", "email", "h.email", "town", "h.town");

    /**
     * One page of the staff's household list, matching a name, e-mail or town of the household, a guardian or
     * a child, sorted on one column (the name when the column is not sortable).
     */
    @RolesAllowed("STAFF")
    public List<HouseholdRow> search(String text, int first, int max, String sortColumn, boolean descending) {
        String order = SORTABLE.getOrDefault(sortColumn, "h.name") + (descending ? " desc" : " asc");
        List<Object[]> found = matching(text, "select h.id, h.name, h.email, h.town from Household h", " order by " + order + ", h.id",
                Object[].class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        // The columns' other values in three queries for the whole page, read as values: no entity is built for a row.
        List<Long> ids = found.stream().map(row -> (Long) row[0]).toList();
        Map<Long, String> billed = new HashMap<>();
        em.createQuery("select g.household.id, g.firstName, g.lastName from Guardian g where g.billed = true and g.household.id in :ids"
                        + " order by g.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> billed.putIfAbsent((Long) row[0], row[1] + " " + row[2]));
        Map<Long, Long> children = em.createQuery("select h.id, count(c) from Household h join h.children c where h.id in :ids group by h.id",
                        Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        Map<Long, Integer> quotients = new HashMap<>();
        em.createQuery("select q.household.id, q.amount from FamilyQuotient q where q.household.id in :ids and q.validFrom <= :today"
                        + " and (q.validTo is null or q.validTo >= :today) order by q.validFrom", Object[].class)
                .setParameter("ids", ids).setParameter("today", clock.today()).getResultList()
                .forEach(row -> quotients.put((Long) row[0], (Integer) row[1]));
        return found.stream().map(row -> {
            long id = (Long) row[0];
            return new HouseholdRow(id, (String) row[1], billed.getOrDefault(id, ""), (String) row[2], (String) row[3],
                    children.getOrDefault(id, 0L).intValue(), quotients.get(id));
        }).toList();
    }

    @RolesAllowed("STAFF")
    public long countMatching(String text) {
        return matching(text, "select count(h) from Household h", "", Long.class).getSingleResult();
    }

    /**
     * The query with the search's condition, none when nothing is searched: every household matches then (each keeps
     * a search text), and the list's first page or a full export need not run three LIKEs over every household.
     */
    private <T> TypedQuery<T> matching(String text, String select, String order, Class<T> type) {
        if (SearchText.normalise(text).isBlank()) {
            return em.createQuery(select + order, type);
        }
        return em.createQuery(select + " where " + MATCHES + order, type).setParameter("q", SearchText.containsPattern(text));
    }

    /**
     * One LIKE per row on each normalised search column (accents and capitals ignored on every database), in
     * uncorrelated sub-queries: each is computed once, not once per household (a 10,000-household list).
     */
    private static final String LIKE_Q = " like :q" + SearchText.LIKE_ESCAPE;
    private static final String MATCHES = "(h.searchText" + LIKE_Q
            + " or h.id in (select g.household.id from Guardian g where g.searchText" + LIKE_Q + ")"
            + " or h.id in (select h2.id from Household h2 join h2.children c where c.searchText" + LIKE_Q + "))";

    /**
     * The children whose first or last name contains the text (two letters at least), at most {@code max}, by name,
     * each with the household whose file holds it; anonymised households are left out.
     */
    @RolesAllowed("STAFF")
    public List<HouseholdChild> childrenNamed(String text, int max) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return em.createQuery("select h.id, h.name, c.id, c.firstName, c.lastName, c.birthDate from Household h join h.children c"
                        + " where h.anonymisedAt is null and c.searchText" + LIKE_Q
                        + " order by c.lastName, c.firstName, c.id, h.name", Object[].class)
                .setParameter("q", SearchText.containsPattern(text))
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new HouseholdChild((Long) row[0], (String) row[1], (Long) row[2], row[3] + " " + row[4], (LocalDate) row[5]))
                .toList();
    }

    /** The caller's own household: the id comes from the parent's account, never from a request. */
    @RolesAllowed("PARENT")
    public Optional<Household> forParent(long householdId) {
        return loaded(householdId);
    }

    @RolesAllowed("STAFF")
    public Optional<Household> forStaff(long householdId) {
        return loaded(householdId);
    }

    /** One of the household's children, for the areas that record something about a child (a registration). */
    @RolesAllowed({"PARENT", "STAFF"})
    public Optional<Child> child(long householdId, long childId) {
        Household household = em.find(Household.class, householdId);
        return household == null ? Optional.empty()
                : household.getChildren().stream().filter(child -> child.getId() == childId).findFirst();
    }

    /**
     * What invoicing needs of a chunk of households (a few hundred ids): one query for the households and one each for
     * their guardians, children and quotients, whatever the chunk's size. An unknown id is left out.
     */
    @RolesAllowed("STAFF")
    public Map<Long, BillableHousehold> forBilling(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select h from Household h where h.id in :ids order by h.id", Household.class)
                .setParameter("ids", householdIds)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "h.guardians")
                .setHint("eclipselink.batch", "h.children")
                .setHint("eclipselink.batch", "h.quotients")
                .getResultStream()
                .map(BillableHousehold::of)
                .collect(Collectors.toMap(BillableHousehold::householdId, household -> household, (a, b) -> a, LinkedHashMap::new));
    }

    /** The names of these households (a page of another area's list), by id; one query. */
    @RolesAllowed("STAFF")
    public Map<Long, String> names(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select h.id, h.name from Household h where h.id in :ids", Object[].class)
                .setParameter("ids", householdIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /**
     * For the invoice run and its notices: each household's name and billed guardian, for a chunk of households in
     * one query. A household with no billed guardian is answered with none; an unknown id is left out.
     */
    @RolesAllowed("STAFF")
    public Map<Long, BillingContact> billingContacts(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, BillingContact> contacts = new LinkedHashMap<>();
        em.createQuery("select h.id, h.name, h.addressLine, h.postcode, h.town, h.email, g.id, g.firstName, g.lastName,"
                        + " g.addressLine, g.postcode, g.town, g.email from Household h left join h.guardians g on g.billed = true"
                        + " where h.id in :ids order by h.id", Object[].class)
                .setParameter("ids", householdIds)
                .getResultList()
                .forEach(row -> contacts.put((Long) row[0], billingContact(row)));
        return contacts;
    }

    private static BillingContact billingContact(Object[] row) {
        if (row[6] == null) {
            return new BillingContact((Long) row[0], (String) row[1], null, null, null, (String) row[5]);
        }
        boolean ownAddress = row[9] != null && !((String) row[9]).isBlank();
        String address = ownAddress ? row[9] + "\n" + row[10] + " " + row[11] : row[2] + "\n" + row[3] + " " + row[4];
        String email = row[12] != null ? (String) row[12] : (String) row[5];
        return new BillingContact((Long) row[0], (String) row[1], (Long) row[6], row[7] + " " + row[8], address, email);
    }

    /** The household with its guardians, children and quotients loaded, for display. */
    private Optional<Household> loaded(long householdId) {
        Household household = em.find(Household.class, householdId);
        if (household != null) {
            household.getGuardians().size();
            household.getChildren().forEach(child -> child.getPickups().size());
            household.getQuotients().size();
        }
        return Optional.ofNullable(household);
    }
}
