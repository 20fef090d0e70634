package fr.portailfamilles.payment.control;

import fr.portailfamilles.billing.boundary.PayableInvoice;
import fr.portailfamilles.billing.boundary.PayableInvoices;
import fr.portailfamilles.payment.entity.PaymentAllocation;
import fr.portailfamilles.payment.entity.PayfipOperation;
import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A household's payments in its life cycle: a payment recorded or started online is activity; a household with credit
 * the centre owes it, or with an online payment under way, is not anonymised (billing holds one that owes money); the
 * export lists every payment with its allocations and every online payment; anonymisation takes the payer's name, the
 * notes and the payer's e-mail away and keeps the amounts for the accounts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdPayments implements HouseholdLifecycle {

    public static final String CREDIT = "payments.hold.credit";
    public static final String ONLINE = "payments.hold.online";

    @PersistenceContext
    EntityManager em;

    @Inject
    PayableInvoices payable;

    @Override
    public String section() {
        return "payments";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        Set<Long> active = new HashSet<>(em.createQuery("select distinct p.householdId from Payment p"
                        + " where p.householdId in :ids and p.recordedAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
        active.addAll(em.createQuery("select distinct o.householdId from PayfipOperation o"
                        + " where o.householdId in :ids and o.createdAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
        return active;
    }

    @Override
    public Map<Long, String> anonymisationHolds(Collection<Long> householdIds) {
        Map<Long, String> holds = new HashMap<>();
        em.createQuery("select p from Payment p where p.householdId in :ids and p.cancelledAt is null", Payment.class)
                .setParameter("ids", householdIds).getResultStream()
                .filter(payment -> payment.unallocated().signum() > 0)
                .forEach(payment -> holds.put(payment.getHouseholdId(), CREDIT));
        em.createQuery("select distinct o.householdId from PayfipOperation o where o.householdId in :ids and o.state in :active", Long.class)
                .setParameter("ids", householdIds).setParameter("active", PayfipOperation.State.ACTIVE).getResultStream()
                .forEach(householdId -> holds.put(householdId, ONLINE));
        return holds;
    }

    /** Every payment with its allocations, latest first, then every online payment started. */
    @Override
    public JsonValue export(long householdId) {
        List<Payment> payments = em.createNamedQuery(Payment.FOR_HOUSEHOLD, Payment.class).setParameter("householdId", householdId)
                .getResultList();
        Map<Long, String> numbers = payable.byIds(payments.stream().flatMap(payment -> payment.getAllocations().stream())
                .map(PaymentAllocation::getInvoiceId).distinct().toList()).stream()
                .collect(Collectors.toMap(PayableInvoice::id, PayableInvoice::number));
        JsonArrayBuilder exported = Json.createArrayBuilder();
        payments.forEach(payment -> exported.add(exported(payment, numbers)));
        operations(householdId).forEach(operation -> exported.add(Json.createObjectBuilder()
                .add("reference", operation.getRefdet())
                .add("onlineState", operation.getState().name())
                .add("amount", operation.amount())
                .add("email", operation.getEmail())
                .add("startedAt", operation.getCreatedAt().toString())));
        return exported.build();
    }

    private List<PayfipOperation> operations(long householdId) {
        return em.createNamedQuery(PayfipOperation.OF_HOUSEHOLD, PayfipOperation.class).setParameter("householdId", householdId)
                .getResultList();
    }

    private static JsonObjectBuilder exported(Payment payment, Map<Long, String> invoiceNumbers) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("method", payment.getMethod().name())
                .add("amount", payment.getAmount())
                .add("receivedOn", payment.getReceivedOn().toString())
                .add("recordedAt", payment.getRecordedAt().toString());
        optional(json, "payer", payment.getPayerName());
        optional(json, "chequeNumber", payment.getChequeNumber());
        optional(json, "chequeBank", payment.getChequeBank());
        optional(json, "note", payment.getNote());
        if (payment.isCancelled()) {
            json.add("cancelledAt", payment.getCancelledAt().toString()).add("cancelReason", payment.getCancelReason());
        }
        JsonArrayBuilder allocations = Json.createArrayBuilder();
        payment.getAllocations().forEach(allocation -> allocations.add(Json.createObjectBuilder()
                .add("number", invoiceNumbers.getOrDefault(allocation.getInvoiceId(), "")).add("amount", allocation.getAmount())));
        return json.add("allocations", allocations);
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    @Override
    public void anonymise(long householdId) {
        em.createNamedQuery(Payment.FOR_HOUSEHOLD, Payment.class).setParameter("householdId", householdId).getResultStream()
                .forEach(Payment::anonymise);
        operations(householdId).forEach(PayfipOperation::anonymise);
    }
}
