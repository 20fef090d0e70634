package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.BilledTo;
import fr.portailfamilles.billing.entity.SkipReason;
import fr.portailfamilles.household.boundary.BillingContact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for each household of a chunk, what the run does: skip it when a charge cannot be priced or nobody is
 * to be billed, issue the ledger's lines when there are some, nothing otherwise.
 */
public final class ChunkInvoicing {

    private ChunkInvoicing() {
    }

    /**
     * @param households       the chunk's households still without their invoice of the month, by id
     * @param expected         each household's charges for the months considered
     * @param notPriced        the households with a charge that cannot be priced, with what is missing
     * @param billed           what invoices already billed each household for those months
     * @param contacts         each household's billing contact
     * @param alreadyInvoiced  the chunk's households that had their invoice already
     */
    public static ChunkOutcome decide(Collection<Long> households, Map<Long, List<Charge>> expected, Map<Long, String> notPriced,
                                      Map<Long, List<BilledLine>> billed, Map<Long, BillingContact> contacts, int alreadyInvoiced) {
        List<InvoiceDraft> drafts = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (long household : households) {
            if (notPriced.containsKey(household)) {
                skips.add(new Skip(household, SkipReason.NOT_PRICED, notPriced.get(household)));
                continue;
            }
            List<Charge> lines = Ledger.toBill(expected.getOrDefault(household, List.of()), billed.getOrDefault(household, List.of()));
            if (lines.isEmpty()) {
                continue;
            }
            Optional<BillingContact> contact = Optional.ofNullable(contacts.get(household)).filter(BillingContact::hasBilledGuardian);
            if (contact.isEmpty()) {
                skips.add(new Skip(household, SkipReason.NO_BILLED_GUARDIAN, null));
                continue;
            }
            drafts.add(new InvoiceDraft(household, new BilledTo(contact.get().guardianId(), contact.get().guardianName(),
                    contact.get().address()), lines));
        }
        return new ChunkOutcome(households.size() + alreadyInvoiced, drafts, skips, alreadyInvoiced);
    }
}
