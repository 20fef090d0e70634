package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceLine;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Settings;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A household's invoices in its life cycle: an invoice issued is activity; a household that owes money is not
 * anonymised; the RGPD export lists the invoices and credit notes with their lines; anonymisation leaves them as
 * issued until the accounting retention ends (see {@link InvoiceAnonymiser}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdInvoices implements HouseholdLifecycle {

    public static final String UNPAID = "invoices.hold.unpaid";

    @PersistenceContext
    EntityManager em;

    @Inject
    Receipts receipts;

    @Inject
    InvoiceAnonymiser anonymiser;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Override
    public String section() {
        return "invoices";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        return new HashSet<>(em.createQuery("select distinct i.householdId from Invoice i"
                        + " where i.householdId in :ids and i.issuedAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
    }

    @Override
    public Map<Long, String> anonymisationHolds(Collection<Long> householdIds) {
        Map<Long, String> holds = new HashMap<>();
        balances(householdIds).forEach((householdId, balance) -> {
            if (balance.owesMoney()) {
                holds.put(householdId, UNPAID);
            }
        });
        return holds;
    }

    /** Each household's balance, for those among these that have invoices; one query, and one to the payments if any. */
    public Map<Long, HouseholdBalance> balances(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> documents = em.createQuery("select i.householdId, i.id, i.total from Invoice i where i.householdId in :ids",
                Object[].class).setParameter("ids", householdIds).getResultList();
        Optional<Map<Long, BigDecimal>> received = receipts.on(documents.stream().map(row -> (Long) row[1]).toList());
        return documents.stream().collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.collectingAndThen(Collectors.toList(),
                rows -> new HouseholdBalance(sum(rows, row -> (BigDecimal) row[2]),
                        received.map(amounts -> sum(rows, row -> amounts.getOrDefault((Long) row[1], BigDecimal.ZERO)))))));
    }

    private static BigDecimal sum(List<Object[]> rows, Function<Object[], BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public JsonValue export(long householdId) {
        JsonArrayBuilder invoices = Json.createArrayBuilder();
        em.createNamedQuery(Invoice.FIND_FOR_HOUSEHOLD, Invoice.class).setParameter("householdId", householdId).getResultStream()
                .forEach(invoice -> invoices.add(Json.createObjectBuilder()
                        .add("number", invoice.getNumber())
                        .add("invoiceKind", invoice.getKind().name())
                        .add("month", invoice.getMonth().toString())
                        .add("issuedOn", invoice.getIssuedOn().toString())
                        .add("billedName", invoice.getBilledName())
                        .add("billedAddress", invoice.getBilledAddress())
                        .add("total", invoice.getTotal())
                        .add("lines", lines(invoice.getLines()))));
        return invoices.build();
    }

    private static JsonArrayBuilder lines(List<InvoiceLine> lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        lines.forEach(line -> array.add(Json.createObjectBuilder()
                .add("child", line.getChildName())
                .add("day", line.getDate().toString())
                .add("what", line.getLabel())
                .add("amount", line.getAmount())));
        return array;
    }

    @Override
    public void anonymise(long householdId) {
        anonymiser.forget(householdId, clock.now());
        anonymiser.anonymiseExpired(householdId, clock.today(), settings.accountingRetentionYears());
    }
}
