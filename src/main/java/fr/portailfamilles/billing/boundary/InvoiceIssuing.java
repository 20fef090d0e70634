package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChunkOutcome;
import fr.portailfamilles.billing.control.InvoiceDraft;
import fr.portailfamilles.billing.control.Skip;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.InvoiceNumber;
import fr.portailfamilles.billing.entity.SkippedHousehold;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Writes what the run decided for a chunk, in the chunk's transaction: the invoices with their numbers, the skipped
 * households, and the run's figures. Either all of it is committed with the chunk's checkpoint, or none of it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InvoiceIssuing {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceCounters counters;

    @Inject
    Clock clock;

    public void write(long runId, long executionId, YearMonth month, List<ChunkOutcome> outcomes) {
        // What the chunk read to decide (bookings, lines) changes nothing: out of the persistence context, the commit
        // has only the new invoices to write instead of thousands of read objects to compare.
        em.clear();
        List<InvoiceDraft> drafts = outcomes.stream().flatMap(outcome -> outcome.drafts().stream()).toList();
        Instant now = clock.now();
        BigDecimal amount = BigDecimal.ZERO;
        if (!drafts.isEmpty()) {
            LocalDate issuedOn = clock.today();
            List<InvoiceNumber> numbers = counters.next(issuedOn.getYear(), drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                InvoiceDraft draft = drafts.get(i);
                em.persist(Invoice.issue(numbers.get(i), month, draft.householdId(), draft.billedTo(), issuedOn, now,
                        draft.lines(), executionId));
                amount = amount.add(draft.lines().stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        List<Skip> skips = outcomes.stream().flatMap(outcome -> outcome.skips().stream()).toList();
        skips.forEach(skip -> em.persist(new SkippedHousehold(runId, skip.householdId(), skip.reason(), skip.detail())));
        em.createNamedQuery(InvoiceRun.CHUNK_WRITTEN)
                .setParameter("read", outcomes.stream().mapToInt(ChunkOutcome::householdsRead).sum())
                .setParameter("written", drafts.size())
                .setParameter("already", outcomes.stream().mapToInt(ChunkOutcome::alreadyInvoiced).sum())
                .setParameter("skipped", skips.size())
                .setParameter("amount", amount)
                .setParameter("now", now)
                .setParameter("id", runId)
                .executeUpdate();
    }
}
