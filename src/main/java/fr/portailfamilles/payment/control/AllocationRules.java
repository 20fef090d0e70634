package fr.portailfamilles.payment.control;

import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.Euros;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spreads a payment over a household's open invoices: by default the oldest first, each up to what it still owes, the
 * rest left as credit; or as staff edited it, checked part by part. Amounts are exact to the cent: more decimals, zero
 * or less are refused, never rounded.
 */
public final class AllocationRules {

    /** The most one payment may be: PayFiP's own maximum, far beyond any family's invoices. */
    public static final BigDecimal MAXIMUM = new BigDecimal("100000.00");

    private static final Comparator<OpenInvoice> OLDEST_FIRST = Comparator.comparing(OpenInvoice::issuedOn);

    private AllocationRules() {
    }

    /** A payment's amount: more than zero, at most {@link #MAXIMUM}, in euros and cents. */
    public static BigDecimal checkedAmount(BigDecimal amount) {
        if (amount == null) {
            throw new ActionRefused("payments.amount.required");
        }
        if (amount.signum() <= 0) {
            throw new ActionRefused("payments.amount.positive");
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw new ActionRefused("payments.amount.tooLarge", Euros.format(MAXIMUM));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ActionRefused("payments.amount.decimals");
        }
        return amount.setScale(2);
    }

    /** The oldest invoice first (the order given for invoices of one day), each paid up to its due, the rest as credit. */
    public static Allocation oldestFirst(BigDecimal amount, List<OpenInvoice> open) {
        BigDecimal left = checkedAmount(amount);
        Map<Long, BigDecimal> parts = new LinkedHashMap<>();
        for (OpenInvoice invoice : open.stream().sorted(OLDEST_FIRST).toList()) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal part = left.min(invoice.due());
            if (part.signum() > 0) {
                parts.put(invoice.invoiceId(), part);
                left = left.subtract(part);
            }
        }
        return new Allocation(parts, left);
    }

    /**
     * The parts staff typed, one per invoice (a blank or zero part puts nothing on it): each at most what the invoice
     * still owes, all together at most the payment; the rest is credit.
     */
    public static Allocation edited(BigDecimal amount, List<OpenInvoice> open, Map<Long, BigDecimal> typed) {
        BigDecimal paid = checkedAmount(amount);
        Map<Long, OpenInvoice> byId = open.stream().collect(Collectors.toMap(OpenInvoice::invoiceId, Function.identity()));
        Map<Long, BigDecimal> parts = new LinkedHashMap<>();
        for (OpenInvoice invoice : open.stream().sorted(OLDEST_FIRST).toList()) {
            BigDecimal part = typed.get(invoice.invoiceId());
            if (part != null && checked(invoice, part).signum() > 0) {
                parts.put(invoice.invoiceId(), part.setScale(2));
            }
        }
        typed.forEach((invoiceId, part) -> {
            if (!byId.containsKey(invoiceId) && part != null && part.signum() != 0) {
                throw new ActionRefused("payments.allocation.notOpen", String.valueOf(invoiceId));
            }
        });
        BigDecimal allocated = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (allocated.compareTo(paid) > 0) {
            throw new ActionRefused("payments.allocation.moreThanPaid", Euros.format(allocated), Euros.format(paid));
        }
        return new Allocation(parts, paid.subtract(allocated));
    }

    /**
     * Whether the parts typed are the default spread proposed (a blank part is none): then the payment is left to the
     * default, the household's credit first.
     */
    public static boolean isProposal(Map<Long, BigDecimal> typed, Allocation proposal) {
        Map<Long, BigDecimal> given = typed.entrySet().stream().filter(part -> part.getValue() != null && part.getValue().signum() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return given.size() == proposal.parts().size() && given.entrySet().stream()
                .allMatch(part -> proposal.parts().containsKey(part.getKey()) && proposal.parts().get(part.getKey()).compareTo(part.getValue()) == 0);
    }

    /** A part typed on an invoice: not negative, in euros and cents, at most what the invoice still owes. */
    public static BigDecimal checked(OpenInvoice invoice, BigDecimal part) {
        if (part.signum() < 0) {
            throw new ActionRefused("payments.allocation.negative", invoice.number());
        }
        if (part.stripTrailingZeros().scale() > 2) {
            throw new ActionRefused("payments.allocation.decimals", invoice.number());
        }
        if (part.compareTo(invoice.due()) > 0) {
            throw new ActionRefused("payments.allocation.moreThanDue", invoice.number(), Euros.format(part), Euros.format(invoice.due()));
        }
        return part;
    }
}
