package fr.portailfamilles.household.control;

import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RGPD: finds the households with no activity over the retention period and anonymises them. Activity is the
 * file's creation and changes and the family's requests here, and whatever each other area counts (a login,
 * a document, a registration), asked through {@link HouseholdLifecycle}; an area may also forbid the
 * anonymisation (an unpaid invoice). Each area then erases its own rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdAnonymiser {

    /** Households are read, and the areas asked, this many at a time: one query per area and batch. */
    static final int BATCH = 500;

    static final String NOT_ELIGIBLE = "anonymisation.notEligible";

    /** No activity in the household's own file: its creation, its changes, its requests. */
    private static final String QUIET_SINCE = "h.anonymisedAt is null and h.createdAt < :since"
            + " and not exists (select e from ChangeLogEntry e where e.householdId = h.id and e.changedAt >= :since)"
            + " and not exists (select r from ChangeRequest r where r.household = h and r.requestedAt >= :since)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<HouseholdLifecycle> areas;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** The households without activity since then in any area, by name, at most {@code max}. */
    public List<AnonymisationCandidate> inactiveSince(Instant since, int max) {
        List<AnonymisationCandidate> candidates = new ArrayList<>();
        for (int first = 0; candidates.size() < max; first += BATCH) {
            List<Object[]> quiet = em.createQuery("select h.id, h.name, h.town, h.createdAt from Household h where " + QUIET_SINCE
                            + " order by h.name, h.id", Object[].class)
                    .setParameter("since", since)
                    .setFirstResult(first)
                    .setMaxResults(BATCH)
                    .getResultList();
            Set<Long> ids = new HashSet<>();
            quiet.forEach(row -> ids.add((Long) row[0]));
            Set<Long> active = activeInAnArea(ids, since);
            Map<Long, String> holds = holds(ids);
            quiet.stream().filter(row -> !active.contains((Long) row[0])).limit(max - candidates.size())
                    .forEach(row -> candidates.add(new AnonymisationCandidate((Long) row[0], (String) row[1], (String) row[2],
                            (Instant) row[3], holds.get((Long) row[0]))));
            if (quiet.size() < BATCH) {
                break;
            }
        }
        return candidates;
    }

    /** @return the message key saying why nothing was done (activity since, a hold, anonymised already); empty once done */
    public Optional<String> anonymise(long householdId, Instant inactiveSince, String actor) {
        boolean quiet = em.createQuery("select count(h) from Household h where h.id = :id and " + QUIET_SINCE, Long.class)
                .setParameter("id", householdId)
                .setParameter("since", inactiveSince)
                .getSingleResult() > 0;
        Set<Long> household = Set.of(householdId);
        if (!quiet || !activeInAnArea(household, inactiveSince).isEmpty()) {
            return Optional.of(NOT_ELIGIBLE);
        }
        Optional<String> hold = Optional.ofNullable(holds(household).get(householdId));
        if (hold.isPresent()) {
            return hold;
        }
        Household file = em.find(Household.class, householdId);
        forgetChildren(file);
        file.anonymise(clock.now());
        em.flush();
        forgetHistory(householdId);
        em.flush();
        areas.stream().sorted(Comparator.comparingInt(HouseholdLifecycle::anonymisationOrder))
                .forEach(area -> area.anonymise(householdId));
        auditLog.record(AuditAction.HOUSEHOLD_ANONYMISED, actor, "n° " + householdId, null);
        return Optional.empty();
    }

    private Set<Long> activeInAnArea(Collection<Long> householdIds, Instant since) {
        Set<Long> active = new HashSet<>();
        if (!householdIds.isEmpty()) {
            areas.forEach(area -> active.addAll(area.activeSince(householdIds, since)));
        }
        return active;
    }

    private Map<Long, String> holds(Collection<Long> householdIds) {
        Map<Long, String> holds = new HashMap<>();
        if (!householdIds.isEmpty()) {
            areas.forEach(area -> area.anonymisationHolds(householdIds).forEach(holds::putIfAbsent));
        }
        return holds;
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

    /** The family's requests and the file's change log name people: they go. */
    private void forgetHistory(long householdId) {
        em.createNamedQuery(ChangeRequest.FIND_FOR_HOUSEHOLD, ChangeRequest.class)
                .setParameter("householdId", householdId).getResultList()
                .forEach(em::remove);
        em.createQuery("delete from ChangeLogEntry e where e.householdId = :id").setParameter("id", householdId).executeUpdate();
    }
}
