package fr.portailfamilles.booking.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.logging.Logger;

/**
 * The places of a day: a group's half-day or a service's seats. Taking one is a single conditional update
 * of its counter, so concurrent requests on any node queue on that row and the last place goes to one only;
 * the table's check (taken &lt;= capacity) holds the rule even against a mistake here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Places {

    private static final Logger LOG = Logger.getLogger(Places.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacePools pools;

    /** @return true when a place was taken, false when the pool is full */
    public boolean take(long openingDayId, String pool, int capacity) {
        boolean exists = ((Number) em.createNativeQuery(
                        "select count(*) from place_count where opening_day_id = ?1 and pool = ?2")
                .setParameter(1, openingDayId).setParameter(2, pool).getSingleResult()).longValue() > 0;
        if (!exists) {
            try {
                pools.open(openingDayId, pool, capacity);
            } catch (EJBException openedMeanwhile) {
                LOG.fine(() -> "Place counter " + pool + " of day " + openingDayId + " opened by another request");
            }
        }
        return em.createNativeQuery("update place_count set taken = taken + 1"
                        + " where opening_day_id = ?1 and pool = ?2 and taken < capacity")
                .setParameter(1, openingDayId).setParameter(2, pool).executeUpdate() == 1;
    }

    public void release(long openingDayId, String pool) {
        em.createNativeQuery("update place_count set taken = taken - 1 where opening_day_id = ?1 and pool = ?2 and taken > 0")
                .setParameter(1, openingDayId).setParameter(2, pool).executeUpdate();
    }

    public int taken(long openingDayId, String pool) {
        List<?> taken = em.createNativeQuery("select taken from place_count where opening_day_id = ?1 and pool = ?2")
                .setParameter(1, openingDayId).setParameter(2, pool).getResultList();
        return taken.isEmpty() ? 0 : ((Number) taken.get(0)).intValue();
    }
}
