package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.CreditNotes;
import fr.portailfamilles.billing.control.HouseholdBalance;
import fr.portailfamilles.billing.control.HouseholdInvoices;
import fr.portailfamilles.billing.control.InvoiceMail;
import fr.portailfamilles.billing.control.Receipts;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.household.boundary.GuardianContact;
import fr.portailfamilles.household.boundary.Guardians;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.lifecycle.GuardianLogins;
import fr.portailfamilles.platform.control.MonthlySums;
import fr.portailfamilles.platform.control.SearchText;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.web.PortalUrl;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invoices and credit notes as families and staff read them, and their cancellation. A parent only ever reaches
 * their own household's; an invoice is never changed nor deleted: staff cancel it with a credit note that reverses
 * every line, numbered in the same series.
 */
@Stateless
@PermitAll
public class Invoices {

    /** The columns the staff's list sorts on, by the name the page gives them. */
    private static final Map<String, String> SORTABLE = Map.of("number", "i.year %1$s, i.sequence %1$s",
            "issuedOn", "i.issuedOn %1$s, i.sequence %1$s", "month", "i.month %1$s, i.sequence %1$s",
            "billedName", "i.billedName %1$s, i.id", "total", "i.total %1$s, i.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    CreditNotes creditNotes;

    @Inject
    Receipts receipts;

    @Inject
    HouseholdInvoices householdInvoices;

    @Inject
    InvoiceCounters numbering;

    @Inject
    Households households;

    @Inject
    Guardians guardians;

    @Inject
    Mailer mailer;

    @Inject
    GuardianLogins logins;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<InvoiceCancelled> cancellations;

    /** Whether an area records payments: only then do pages show what was received and what is still due. */
    public boolean paymentsKnown() {
        return receipts.known();
    }

    /**
     * What was invoiced each month from {@code from} to this month, credit notes deducted: the dashboard's chart.
     */
    @RolesAllowed("STAFF")
    public Map<YearMonth, BigDecimal> invoicedByMonth(YearMonth from) {
        return MonthlySums.of(from, clock.month(), em.createQuery("select i.issuedOn, sum(i.total) from Invoice i"
                + " where i.issuedOn >= :from group by i.issuedOn", Object[].class).setParameter("from", from.atDay(1)).getResultList());
    }

    /** Mes factures: the household's invoices and credit notes, latest first. @param householdId the parent's own, from their account */
    @RolesAllowed("PARENT")
    public List<InvoiceRow> forParent(long householdId) {
        return rows(ofHousehold(householdId), false);
    }

    /** The household page: its invoices and credit notes, latest first, and its balance. */
    @RolesAllowed("STAFF")
    public HouseholdAccount accountOf(long householdId) {
        HouseholdBalance balance = householdInvoices.balances(List.of(householdId)).getOrDefault(householdId,
                new HouseholdBalance(BigDecimal.ZERO, receipts.known() ? Optional.of(BigDecimal.ZERO) : Optional.empty()));
        return new HouseholdAccount(rows(ofHousehold(householdId), false), balance);
    }

    /** One page of the staff's list, sorted on one column (the number, latest first, when the column is not sortable). */
    @RolesAllowed("STAFF")
    public List<InvoiceRow> search(InvoiceSearch search, int first, int max, String sortColumn, boolean descending) {
        String order = String.format(SORTABLE.getOrDefault(sortColumn, SORTABLE.get("number")),
                descending || !SORTABLE.containsKey(sortColumn) ? "desc" : "asc");
        return rows(matching("select i from Invoice i", search, " order by " + order, Invoice.class)
                .setFirstResult(first).setMaxResults(max).getResultList(), true);
    }

    @RolesAllowed("STAFF")
    public long count(InvoiceSearch search) {
        return matching("select count(i) from Invoice i", search, "", Long.class).getSingleResult();
    }

    /** The months invoiced, latest first, for the list's filter. */
    @RolesAllowed("STAFF")
    public List<YearMonth> months() {
        return em.createQuery("select distinct i.month from Invoice i order by i.month desc", String.class)
                .getResultStream().map(YearMonth::parse).toList();
    }

    /** An invoice or credit note with its lines, for the staff's detail page. */
    @RolesAllowed("STAFF")
    public Optional<InvoiceDetail> detail(long invoiceId) {
        return Optional.ofNullable(em.find(Invoice.class, invoiceId))
                .map(invoice -> new InvoiceDetail(rows(List.of(invoice), true).get(0), invoice.getLines()));
    }

    /**
     * Cancels an invoice with a credit note that reverses each of its lines, to the guardian billed, numbered next in
     * this year's series; both are kept. Refused for a credit note and for an invoice already cancelled. What payments
     * had put on it becomes the family's credit; the days still to bill are billed again by the next run, as
     * regularisations of the month.
     *
     * @return the credit note
     */
    @RolesAllowed("STAFF")
    public InvoiceRow cancel(long invoiceId, String staff) {
        // Locked: two staff members cancelling the same invoice at once make one credit note, not two.
        Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new ActionRefused("invoices.unknown");
        }
        if (invoice.getKind() != InvoiceKind.INVOICE) {
            throw new ActionRefused("invoices.cancel.creditNote", invoice.getNumber());
        }
        if (creditNotes.isCancelled(invoiceId)) {
            throw new ActionRefused("invoices.cancel.already", invoice.getNumber());
        }
        LocalDate today = clock.today();
        Invoice creditNote = invoice.cancelledBy(numbering.next(today.getYear()), today, clock.now());
        em.persist(creditNote);
        em.flush();
        cancellations.fire(new InvoiceCancelled(invoiceId, invoice.getNumber(), staff));
        auditLog.record(AuditAction.INVOICE_CANCELLED, staff, invoice.getNumber(), creditNote.getNumber());
        tellCancelled(invoice, creditNote);
        return rows(List.of(creditNote), true).get(0);
    }

    /** The family was told of the invoice: it is told, in the same transaction, that a credit note cancelled it. */
    private void tellCancelled(Invoice invoice, Invoice creditNote) {
        GuardianContact billed = guardians.contacts(List.of(invoice.getBilledGuardianId())).get(invoice.getBilledGuardianId());
        if (billed != null && billed.hasEmail()) {
            mailer.send(InvoiceMail.cancelled(invoice, creditNote, billed.email(), billed.fullName(), PortalUrl.address(),
                    logins.hasLogin(invoice.getBilledGuardianId())));
        }
    }

    private List<Invoice> ofHousehold(long householdId) {
        return em.createNamedQuery(Invoice.FIND_FOR_HOUSEHOLD, Invoice.class).setParameter("householdId", householdId).getResultList();
    }

    private <T> TypedQuery<T> matching(String select, InvoiceSearch search, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (search.month() != null) {
            conditions.add("i.month = :month");
        }
        if (search.text() != null && !search.text().isBlank()) {
            conditions.add("i.searchText like :text" + SearchText.LIKE_ESCAPE);
        }
        if (search.listed() != null) {
            conditions.add(switch (search.listed()) {
                case IN_FORCE -> "i.kind = :invoice and not exists (select c from Invoice c where c.cancelsId = i.id)";
                case CANCELLED -> "exists (select c from Invoice c where c.cancelsId = i.id)";
                case CREDIT_NOTES -> "i.kind = :creditNote";
            });
        }
        TypedQuery<T> query = em.createQuery(select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + order, type);
        if (search.month() != null) {
            query.setParameter("month", search.month().toString());
        }
        if (search.text() != null && !search.text().isBlank()) {
            query.setParameter("text", SearchText.containsPattern(search.text()));
        }
        if (search.listed() == InvoiceSearch.Listed.IN_FORCE) {
            query.setParameter("invoice", InvoiceKind.INVOICE);
        } else if (search.listed() == InvoiceSearch.Listed.CREDIT_NOTES) {
            query.setParameter("creditNote", InvoiceKind.CREDIT_NOTE);
        }
        return query;
    }

    /** The rows of these documents: counterparts and payments in one query each, household names for staff. */
    private List<InvoiceRow> rows(List<Invoice> invoices, boolean withHouseholdNames) {
        Map<Long, Invoice> counterparts = creditNotes.counterparts(invoices);
        Optional<Map<Long, BigDecimal>> received = receipts.on(invoices.stream().map(Invoice::getId).toList());
        Map<Long, String> names = withHouseholdNames
                ? households.names(invoices.stream().map(Invoice::getHouseholdId).distinct().toList()) : Map.of();
        return invoices.stream().map(invoice -> new InvoiceRow(invoice, names.get(invoice.getHouseholdId()),
                counterparts.get(invoice.getId()),
                received.map(amounts -> amounts.getOrDefault(invoice.getId(), BigDecimal.ZERO)).orElse(null))).toList();
    }
}
