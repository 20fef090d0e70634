package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.InvoiceFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Keeps an invoice's first PDF in a transaction of its own, committed at once: two openings at once (a double click)
 * both serve the one kept, the second one's insert failing on the key without failing its request.
 */
@ApplicationScoped
public class FirstDrawings {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(long invoiceId, byte[] pdf, Instant now) {
        if (em.find(InvoiceFile.class, invoiceId) == null) {
            em.persist(new InvoiceFile(invoiceId, pdf, now));
            em.flush();
        }
    }
}
