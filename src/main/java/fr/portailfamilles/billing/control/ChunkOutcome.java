package fr.portailfamilles.billing.control;

import java.util.List;

/**
 * What the run decided for a chunk of households: the invoices to issue, the households skipped, and those that
 * already had their invoice of the month (a rerun) or nothing to bill.
 */
public record ChunkOutcome(int householdsRead, List<InvoiceDraft> drafts, List<Skip> skips, int alreadyInvoiced) {

    public ChunkOutcome {
        drafts = List.copyOf(drafts);
        skips = List.copyOf(skips);
    }
}
