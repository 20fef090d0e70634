package fr.portailfamilles.billing.control;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A household's account: what its invoices and credit notes add up to, less what it paid when an area records
 * payments. Until then every euro invoiced counts as due: an invoice is unpaid until a payment says otherwise.
 */
public record HouseholdBalance(BigDecimal invoiced, Optional<BigDecimal> received) {

    public BigDecimal due() {
        return invoiced.subtract(received.orElse(BigDecimal.ZERO));
    }

    public boolean owesMoney() {
        return due().signum() > 0;
    }
}
