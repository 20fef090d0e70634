package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.InvoiceMail;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.household.boundary.BillingContact;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tells the households of a page of invoices that their invoice is available, in the caller's transaction: the
 * e-mails wait in the outbox until it commits, so a page of notices is sent once even if the run is restarted.
 */
@Stateless
@PermitAll
public class InvoiceNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceMail mail;

    /**
     * Says how many households were told; a billed guardian without e-mail is not.
     *
     * @param contactsOf reads the billing contacts of households, all at once
     */
    public int tell(List<Long> invoiceIds, Function<Collection<Long>, Map<Long, BillingContact>> contactsOf, Optional<String> portalUrl) {
        List<Invoice> invoices = invoices(invoiceIds);
        Map<Long, BillingContact> contacts = contactsOf.apply(invoices.stream().map(Invoice::getHouseholdId).distinct().toList());
        int told = 0;
        for (Invoice invoice : invoices) {
            BillingContact contact = contacts.get(invoice.getHouseholdId());
            if (contact != null && contact.email() != null && !contact.email().isBlank()) {
                mail.available(contact.email(), invoice.getBilledName(), invoice.getNumber(), invoice.getMonth(), invoice.getTotal(), portalUrl);
                told++;
            }
        }
        return told;
    }

    private List<Invoice> invoices(List<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Invoice i where i.id in :ids order by i.id", Invoice.class)
                .setParameter("ids", invoiceIds)
                .getResultList();
    }
}
