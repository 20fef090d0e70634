package fr.portailfamilles.payment.control;

import fr.portailfamilles.billing.control.InvoicePayments;
import fr.portailfamilles.payment.entity.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the payments in force put on each invoice: billing's "Perçu" (see {@link InvoicePayments}), and the due the
 * payments area allocates against. In the caller's transaction, by batches the database takes in one statement.
 */
@ApplicationScoped
public class PaymentsReceived implements InvoicePayments {

    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, BigDecimal> receivedOn(Collection<Long> invoiceIds) {
        Map<Long, BigDecimal> received = new HashMap<>();
        List<Long> ids = new ArrayList<>(invoiceIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createNamedQuery(Payment.RECEIVED_ON_INVOICES, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList()
                    .forEach(row -> received.put((Long) row[0], (BigDecimal) row[1]));
        }
        return received;
    }
}
