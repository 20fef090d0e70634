package fr.portailfamilles.payment.control;

import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Map;
import java.util.Set;

/**
 * A household's payments in its life cycle: a payment recorded is activity; a household with credit the centre owes
 * it is not anonymised (billing holds one that owes money); the export lists every payment with its allocations;
 * anonymisation takes the payer's name and the notes away and keeps the amounts for the accounts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdPayments implements HouseholdLifecycle {

    public static final String CREDIT = "payments.hold.credit";

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "payments";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        return new HashSet<>(em.createQuery("select distinct p.householdId from Payment p"
                        + " where p.householdId in :ids and p.recordedAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
    }

    @Override
    public Map<Long, String> anonymisationHolds(Collection<Long> householdIds) {
        Map<Long, String> holds = new HashMap<>();
        em.createQuery("select p from Payment p where p.householdId in :ids and p.cancelledAt is null", Payment.class)
                .setParameter("ids", householdIds).getResultStream()
                .filter(payment -> payment.unallocated().signum() > 0)
                .forEach(payment -> holds.put(payment.getHouseholdId(), CREDIT));
        return holds;
    }

    @Override
    public JsonValue export(long householdId) {
        JsonArrayBuilder payments = Json.createArrayBuilder();
        em.createNamedQuery(Payment.FOR_HOUSEHOLD, Payment.class).setParameter("householdId", householdId).getResultStream()
                .forEach(payment -> payments.add(exported(payment)));
        return payments.build();
    }

    private static JsonObjectBuilder exported(Payment payment) {
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
                .add("invoiceId", allocation.getInvoiceId()).add("amount", allocation.getAmount())));
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
    }
}
