package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.InvoiceCounter;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of invoices and credit notes, "2026-17": one series per year of issue with no gap and no duplicate.
 * The year's counter row is locked in the caller's transaction, the one that inserts the invoices: a rollback gives
 * the numbers back, and another server waits for the commit before taking the next ones.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InvoiceCounters {

    @PersistenceContext
    EntityManager em;

    @Inject
    YearCounterCreation creation;

    /** The next {@code count} numbers of the year, in order, held until the caller's transaction ends. */
    public List<InvoiceNumber> next(int year, int count) {
        InvoiceCounter counter = locked(year);
        List<InvoiceNumber> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(counter.next());
        }
        return numbers;
    }

    public InvoiceNumber next(int year) {
        return next(year, 1).get(0);
    }

    private InvoiceCounter locked(int year) {
        InvoiceCounter counter = em.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            creation.createIfMissing(year);
            counter = em.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter;
    }
}
