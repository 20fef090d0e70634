package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.InvoiceCounter;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * The next number of a year's series, "2026-18", for an invoice or a credit note. The year's counter row is locked
 * in the caller's transaction, the one that inserts the document: a rolled-back document gives its number back (no
 * gap), and two servers never give the same one (the second waits for the first to commit).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvoiceNumbering {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceYears years;

    public InvoiceNumber next(int year) {
        InvoiceCounter counter = em.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                years.open(year);
            } catch (PersistenceException openedElsewhere) {
                // Another server opened the year at the same moment: its row is there now.
            }
            counter = em.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }
}
