package fr.portailfamilles.payment.control;

import fr.portailfamilles.billing.boundary.PayableInvoice;
import fr.portailfamilles.billing.boundary.PayableInvoices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A household's invoices that still owe money, with what each owes, oldest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OpenInvoices {

    @Inject
    PayableInvoices payable;

    @Inject
    PaymentsReceived received;

    /** To show and propose: nothing is locked. */
    public List<OpenInvoice> of(long householdId) {
        return open(payable.ofHousehold(householdId));
    }

    /** To allocate: the household's invoices are locked until the transaction ends, then what they owe is read. */
    public List<OpenInvoice> lockedOf(long householdId) {
        List<Long> oldestFirst = payable.ofHousehold(householdId).stream().map(PayableInvoice::id).toList();
        Map<Long, PayableInvoice> locked = payable.locked(oldestFirst).stream()
                .collect(Collectors.toMap(PayableInvoice::id, Function.identity()));
        return open(oldestFirst.stream().map(locked::get).filter(PayableInvoice::payable).toList());
    }

    /** These invoices locked, whatever household they belong to, with what they owe (nothing for one cancelled). */
    public List<OpenInvoice> locked(Collection<Long> invoiceIds) {
        return open(payable.locked(invoiceIds).stream().filter(PayableInvoice::payable).toList());
    }

    private List<OpenInvoice> open(List<PayableInvoice> invoices) {
        Map<Long, BigDecimal> paid = received.receivedOn(invoices.stream().map(PayableInvoice::id).toList());
        return invoices.stream()
                .map(invoice -> new OpenInvoice(invoice.id(), invoice.number(), invoice.issuedOn(), invoice.total(),
                        invoice.total().subtract(paid.getOrDefault(invoice.id(), BigDecimal.ZERO))))
                .filter(invoice -> invoice.due().signum() > 0)
                .toList();
    }
}
