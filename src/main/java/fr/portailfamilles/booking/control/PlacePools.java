package fr.portailfamilles.booking.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a day's counter the first time someone asks for a place in it, in a transaction of its own: when two
 * nodes create it at once one insert fails on the primary key (the caller goes on with the counter the other
 * made) without spoiling the caller's transaction.
 */
@Stateless
@PermitAll
public class PlacePools {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long openingDayId, String pool, int capacity) {
        em.createNativeQuery("insert into place_count (opening_day_id, pool, capacity, taken) select ?1, ?2, ?3, 0"
                        + " from opening_day d where d.id = ?1"
                        + " and not exists (select 1 from place_count c where c.opening_day_id = ?1 and c.pool = ?2)")
                .setParameter(1, openingDayId).setParameter(2, pool).setParameter(3, capacity).executeUpdate();
    }
}
