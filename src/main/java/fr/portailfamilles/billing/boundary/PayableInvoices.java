package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Billing's side of payments: the invoices a payment may be put on, read in the payments area's own transaction
 * (whose boundary checked the caller's role). {@link #locked} reads them under a row lock, so that two payments
 * allocated to one invoice at the same time are allocated one after the other, each seeing what the other put.
 * Credit notes are never listed: a payment is put on invoices.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayableInvoices {

    private static final String SELECT = "select i.id, i.householdId, i.number, i.issuedOn, i.billedName, i.total"
            + " from Invoice i where i.kind = :invoice";
    // Invoices issued the same day (a run catching up on several months) go by the month they bill.
    private static final String OLDEST_FIRST = " order by i.issuedOn, i.month, i.year, i.sequence";

    @PersistenceContext
    EntityManager em;

    /** The household's invoices in force with something to pay, oldest first (paid ones included: the payments area knows what was received). */
    public List<PayableInvoice> ofHousehold(long householdId) {
        return payable(query(SELECT + " and i.householdId = :householdId and i.total > 0" + OLDEST_FIRST)
                .setParameter("householdId", householdId));
    }

    /** What the invoices in force (not cancelled) ask in all, paid or not: the payments area deducts what it received. */
    public BigDecimal totalInForce() {
        BigDecimal total = em.createQuery("select sum(i.total) from Invoice i where i.kind = :invoice and i.total > 0"
                        + " and not exists (select c from Invoice c where c.cancelsId = i.id)", BigDecimal.class)
                .setParameter("invoice", InvoiceKind.INVOICE).getSingleResult();
        return total == null ? BigDecimal.ZERO : total;
    }

    /** Every invoice in force with something to pay, oldest first, for the list of unpaid invoices by age. */
    public List<PayableInvoice> inForce() {
        return payable(query(SELECT + " and i.total > 0" + OLDEST_FIRST));
    }

    /** These invoices, whatever their standing, in the order of their ids. */
    public List<PayableInvoice> byIds(Collection<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return rows(query(SELECT + " and i.id in :ids order by i.id").setParameter("ids", invoiceIds));
    }

    /**
     * These invoices, each row locked until the caller's transaction ends; locked in the order of their ids, so that
     * two payments locking overlapping invoices cannot wait for each other.
     */
    public List<PayableInvoice> locked(Collection<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        em.createQuery("select i from Invoice i where i.id in :ids order by i.id", Invoice.class)
                .setParameter("ids", invoiceIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return byIds(invoiceIds);
    }

    private TypedQuery<Object[]> query(String jpql) {
        return em.createQuery(jpql, Object[].class).setParameter("invoice", InvoiceKind.INVOICE);
    }

    private List<PayableInvoice> payable(TypedQuery<Object[]> query) {
        return rows(query).stream().filter(PayableInvoice::payable).toList();
    }

    private List<PayableInvoice> rows(TypedQuery<Object[]> query) {
        List<Object[]> rows = query.getResultList();
        Set<Long> cancelled = cancelled(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream().map(row -> new PayableInvoice((Long) row[0], (Long) row[1], (String) row[2], (LocalDate) row[3],
                (String) row[4], (BigDecimal) row[5], cancelled.contains((Long) row[0]))).toList();
    }

    /** Those cancelled by a credit note, by batches the database takes in one statement. */
    private Set<Long> cancelled(List<Long> invoiceIds) {
        Set<Long> cancelled = new HashSet<>();
        for (int from = 0; from < invoiceIds.size(); from += 1000) {
            cancelled.addAll(em.createQuery("select c.cancelsId from Invoice c where c.cancelsId in :ids", Long.class)
                    .setParameter("ids", invoiceIds.subList(from, Math.min(invoiceIds.size(), from + 1000))).getResultList());
        }
        return cancelled;
    }
}
