package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.InvoiceCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Opens a year's series with its counter row, committed at once in a transaction of its own: the transaction that
 * takes the year's first number then locks a row every server sees. Two servers opening the same year: the second
 * insert fails on the key, and that server finds the first one's row.
 */
@ApplicationScoped
public class InvoiceYears {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(int year) {
        if (em.find(InvoiceCounter.class, year) == null) {
            em.persist(new InvoiceCounter(year));
            em.flush();
        }
    }
}
