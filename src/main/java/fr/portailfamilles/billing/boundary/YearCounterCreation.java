package fr.portailfamilles.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * The first invoice of a year creates the year's counter row, in a short transaction of its own, so that the
 * invoice's transaction then locks a row that exists. Two servers may create it at the same moment: the second
 * insert fails on the key and is ignored, the row is there either way.
 */
@Stateless
@PermitAll
public class YearCounterCreation {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfMissing(int year) {
        try {
            em.createNativeQuery("insert into invoice_counter (number_year, last_number) select cast(? as integer), 0"
                            + " where not exists (select 1 from invoice_counter where number_year = ?)")
                    .setParameter(1, year)
                    .setParameter(2, year)
                    .executeUpdate();
        } catch (PersistenceException createdElsewhere) {
            context.setRollbackOnly();
        }
    }
}
