package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.BilledLine;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.entity.InvoiceKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What issued invoices say, as the run reads them for a chunk of households: one query per chunk, never per
 * household. Months are compared as their "2026-10" text, which sorts as the months do.
 */
@Stateless
@PermitAll
public class InvoiceLedgers {

    @PersistenceContext
    EntityManager em;

    /** The months before {@code month}, from {@code since}, of which some invoice was issued. */
    public Set<YearMonth> invoicedMonths(YearMonth since, YearMonth month) {
        Set<YearMonth> months = new TreeSet<>();
        em.createQuery("select distinct i.month from Invoice i where i.month >= :since and i.month < :month", String.class)
                .setParameter("since", since.toString())
                .setParameter("month", month.toString())
                .getResultList()
                .forEach(text -> months.add(YearMonth.parse(text)));
        return months;
    }

    /** The households invoiced (or credited) for a month from {@code since} up to {@code month}. */
    public List<Long> householdsInvoiced(YearMonth since, YearMonth month) {
        return em.createQuery("select distinct i.householdId from Invoice i where i.month >= :since and i.month <= :month", Long.class)
                .setParameter("since", since.toString())
                .setParameter("month", month.toString())
                .getResultList();
    }

    /** The households of the chunk that already have their invoice of the month. */
    public Set<Long> alreadyInvoiced(Collection<Long> householdIds, YearMonth month) {
        if (householdIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select i.householdId from Invoice i where i.householdId in :ids"
                        + " and i.month = :month and i.kind = :invoice", Long.class)
                .setParameter("ids", householdIds)
                .setParameter("month", month.toString())
                .setParameter("invoice", InvoiceKind.INVOICE)
                .getResultList());
    }

    /** The lines of the chunk's invoices and credit notes that billed a month from {@code since} up to {@code month}. */
    public Map<Long, List<BilledLine>> billedLines(Collection<Long> householdIds, YearMonth since, YearMonth month) {
        Map<Long, List<BilledLine>> lines = new HashMap<>();
        if (householdIds.isEmpty()) {
            return lines;
        }
        em.createQuery("select i.householdId, l.sourceKey, l.month, l.childId, l.childName, l.date, l.kind, l.itemId, l.label,"
                        + " l.unitPrice, l.reductionPercent, l.amount from InvoiceLine l join l.invoice i"
                        + " where i.householdId in :ids and l.month >= :since and l.month <= :month order by l.id", Object[].class)
                .setParameter("ids", householdIds)
                .setParameter("since", since.toString())
                .setParameter("month", month.toString())
                .getResultList()
                .forEach(row -> {
                    BilledLine line = new BilledLine((Long) row[0], (String) row[1], YearMonth.parse((String) row[2]), (Long) row[3],
                            (String) row[4], (LocalDate) row[5], (ChargeKind) row[6], (Long) row[7], (String) row[8],
                            (BigDecimal) row[9], (BigDecimal) row[10], (BigDecimal) row[11]);
                    lines.computeIfAbsent(line.householdId(), id -> new ArrayList<>()).add(line);
                });
        return lines;
    }

    /** A page of the invoices some executions issued, by id, after {@code afterId}. */
    public List<Long> issuedBy(Collection<Long> executionIds, long afterId, int max) {
        if (executionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i.id from Invoice i where i.runExecutionId in :executions and i.id > :after order by i.id", Long.class)
                .setParameter("executions", executionIds)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }
}
