package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Invoices and the credit notes that cancel them, each found from the other. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CreditNotes {

    @PersistenceContext
    EntityManager em;

    /**
     * For each of these documents, its counterpart: the credit note that cancelled an invoice, the invoice a credit
     * note cancels; keyed by the document's id, absent when it has none. Two queries for the whole list.
     */
    public Map<Long, Invoice> counterparts(Collection<Invoice> documents) {
        Map<Long, Invoice> counterparts = new HashMap<>();
        if (documents.isEmpty()) {
            return counterparts;
        }
        List<Long> ids = documents.stream().map(Invoice::getId).toList();
        em.createQuery("select c from Invoice c where c.cancelsId in :ids", Invoice.class).setParameter("ids", ids)
                .getResultList().forEach(creditNote -> counterparts.put(creditNote.getCancelsId(), creditNote));
        Map<Long, Long> creditNoteByCancelled = new HashMap<>();
        documents.stream().filter(document -> document.getCancelsId() != null)
                .forEach(creditNote -> creditNoteByCancelled.put(creditNote.getCancelsId(), creditNote.getId()));
        if (!creditNoteByCancelled.isEmpty()) {
            em.createQuery("select i from Invoice i where i.id in :ids", Invoice.class)
                    .setParameter("ids", creditNoteByCancelled.keySet()).getResultList()
                    .forEach(invoice -> counterparts.put(creditNoteByCancelled.get(invoice.getId()), invoice));
        }
        return counterparts;
    }

    public boolean isCancelled(long invoiceId) {
        return !em.createQuery("select c.id from Invoice c where c.cancelsId = :id", Long.class)
                .setParameter("id", invoiceId).getResultList().isEmpty();
    }
}
