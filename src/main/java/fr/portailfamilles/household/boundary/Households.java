package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        LocalDate today = clock.today();
        return em.createQuery("select h from Household h where " + MATCHES + " order by " + order + ", h.id", Household.class)
                .setParameter("q", pattern(text))
                .setFirstResult(first)
                .setMaxResults(max)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "h.guardians")
                .setHint("eclipselink.batch", "h.children")
                .setHint("eclipselink.batch", "h.quotients")
                .getResultStream()
                .map(household -> HouseholdRow.of(household, today))
                .toList();
    }

    @RolesAllowed("STAFF")
    public long countMatching(String text) {
        return em.createQuery("select count(h) from Household h where " + MATCHES, Long.class)
                .setParameter("q", pattern(text))
                .getSingleResult();
    }

    /** Uncorrelated sub-queries: each is computed once, not once per household (a 10,000-household list). */
    private static final String MATCHES = "(lower(h.name) like :q or lower(h.email) like :q or lower(h.town) like :q"
            + " or h.id in (select g.household.id from Guardian g where lower(g.lastName) like :q"
            + " or lower(g.firstName) like :q or lower(g.email) like :q)"
            + " or h.id in (select h2.id from Household h2 join h2.children c where lower(c.lastName) like :q"
            + " or lower(c.firstName) like :q))";

    private static String pattern(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
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
