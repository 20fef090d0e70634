package fr.portailfamilles.billing;

import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/** Takes invoice numbers in transactions of their own, as invoices being issued do: committed, or rolled back. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NumberTaker {

    @Inject
    InvoiceCounters counters;

    @Resource
    SessionContext context;

    public List<InvoiceNumber> take(int year, int count) {
        return counters.next(year, count);
    }

    /** Takes numbers, then the transaction fails: they are given back. */
    public List<InvoiceNumber> takeThenRollBack(int year, int count) {
        List<InvoiceNumber> numbers = counters.next(year, count);
        context.setRollbackOnly();
        return numbers;
    }
}
