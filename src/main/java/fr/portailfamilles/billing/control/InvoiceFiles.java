package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.InvoiceFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** The stored PDFs of invoices: each one as first drawn, until staff have it drawn again. */
@ApplicationScoped
public class InvoiceFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    FirstDrawings firstDrawings;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InvoiceFile> stored(long invoiceId) {
        return Optional.ofNullable(em.find(InvoiceFile.class, invoiceId));
    }

    /** The stored PDF, drawn and kept first if the invoice has none yet; call it in a transaction that wrote nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] storedOrDrawn(long invoiceId, Supplier<byte[]> draw, Instant now) {
        Optional<InvoiceFile> stored = stored(invoiceId);
        if (stored.isPresent()) {
            return stored.get().getContent();
        }
        byte[] drawn = draw.get();
        try {
            firstDrawings.keep(invoiceId, drawn, now);
        } catch (PersistenceException keptMeanwhile) {
            // Another request kept it first: serve that one, which the next openings will serve too.
        }
        return stored(invoiceId).map(InvoiceFile::getContent).orElseThrow();
    }

    /** Draws it again and keeps the new drawing in place of the old one (staff's "Régénérer le PDF"). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(long invoiceId, byte[] pdf, Instant now) {
        Optional<InvoiceFile> stored = stored(invoiceId);
        if (stored.isPresent()) {
            stored.get().replace(pdf, now);
        } else {
            em.persist(new InvoiceFile(invoiceId, pdf, now));
        }
    }
}
