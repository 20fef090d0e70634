package fr.portailfamilles.booking.control;

import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The places of a day: a group's half-day or a service's seats, counted in rows {@link PlaceCounters} made when
 * the activity was set up. Taking one is a single conditional update of its counter, so concurrent requests on
 * any node queue on that row and the last place goes to one only; the table's check (taken &lt;= capacity)
 * holds the rule even against a mistake here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Places {

    @PersistenceContext
    EntityManager em;

    public static String halfDayPool(ActivityGroup group, String halfDay) {
        return halfDayPool(group.getId(), halfDay);
    }

    public static String halfDayPool(long groupId, String halfDay) {
        return "G" + groupId + ":" + halfDay;
    }

    public static String servicePool(ActivityService service) {
        return servicePool(service.getId());
    }

    public static String servicePool(long serviceId) {
        return "S" + serviceId;
    }

    /** @return true when a place was taken, false when the pool is full (or was never opened: no place at all) */
    public boolean take(long openingDayId, String pool) {
        return em.createNativeQuery("update place_count set taken = taken + 1"
                        + " where opening_day_id = ?1 and pool = ?2 and taken < capacity")
                .setParameter(1, openingDayId).setParameter(2, pool).executeUpdate() == 1;
    }

    public void release(long openingDayId, String pool) {
        em.createNativeQuery("update place_count set taken = taken - 1 where opening_day_id = ?1 and pool = ?2 and taken > 0")
                .setParameter(1, openingDayId).setParameter(2, pool).executeUpdate();
    }

    /** The days of a period where both pools (a group's morning and afternoon) have no place left, in one query. */
    public Set<Long> fullDays(long periodId, String morningPool, String afternoonPool) {
        List<?> days = em.createNativeQuery("select opening_day_id from place_count"
                        + " where period_id = ?1 and pool in (?2, ?3) and taken >= capacity"
                        + " group by opening_day_id having count(*) = 2")
                .setParameter(1, periodId).setParameter(2, morningPool).setParameter(3, afternoonPool).getResultList();
        return days.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }
}
