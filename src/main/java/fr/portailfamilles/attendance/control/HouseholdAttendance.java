package fr.portailfamilles.attendance.control;

import fr.portailfamilles.attendance.entity.AttendanceMark;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A household's attendance in its life cycle: a child marked is activity; the export lists each day a child was
 * marked; anonymisation keeps the marks, which invoices rest on and which name no one of the family (only the
 * child's id, and the staff member who marked).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdAttendance implements HouseholdLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Households households;

    @Override
    public String section() {
        return "attendance";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        return new HashSet<>(em.createQuery("select distinct m.householdId from AttendanceMark m"
                        + " where m.householdId in :ids and m.markedAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
    }

    /** One entry per child and day: a day's unit and services carry the same mark. */
    @Override
    public JsonValue export(long householdId) {
        Map<Long, String> names = new HashMap<>();
        Set<String> childDays = new HashSet<>();
        JsonArrayBuilder days = Json.createArrayBuilder();
        em.createQuery("select m from AttendanceMark m where m.householdId = :id order by m.date, m.childId, m.id", AttendanceMark.class)
                .setParameter("id", householdId).getResultStream()
                .filter(m -> childDays.add(m.getChildId() + "/" + m.getDate()))
                .forEach(m -> days.add(Json.createObjectBuilder()
                        .add("child", names.computeIfAbsent(m.getChildId(), id -> households.child(householdId, id)
                                .map(Child::getFullName).orElse("")))
                        .add("day", m.getDate().toString())
                        .add("attendance", m.getState().name())
                        .add("reason", m.getReason() == null ? "" : m.getReason().name())
                        .add("markedAt", m.getMarkedAt().toString())
                        .add("markedBy", m.getMarkedByName())
                        .add("correction", m.isCorrection())));
        return days.build();
    }

    /** Nothing to erase: the marks and their log name staff members, never the family. */
    @Override
    public void anonymise(long householdId) {
    }
}
