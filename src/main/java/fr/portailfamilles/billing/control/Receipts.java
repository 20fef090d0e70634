package fr.portailfamilles.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What was received on invoices, when an area records payments (see {@link InvoicePayments}); empty otherwise. */
@ApplicationScoped
public class Receipts {

    @Inject
    Instance<InvoicePayments> payments;

    public boolean known() {
        return payments.isResolvable();
    }

    public Optional<Map<Long, BigDecimal>> on(Collection<Long> invoiceIds) {
        if (!known()) {
            return Optional.empty();
        }
        return Optional.of(invoiceIds.isEmpty() ? Map.of() : payments.get().receivedOn(invoiceIds));
    }
}
