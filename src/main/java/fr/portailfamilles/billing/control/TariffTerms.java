package fr.portailfamilles.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a tariff says, as the charge rules read it: the price of a unit or a service over a span of days, by
 * family-quotient bracket, with an optional price for households outside the member towns and an optional sibling
 * reduction. Checked by {@link TariffValidation} before it is saved.
 *
 * @param validTo                 the last day, or null while the tariff has no end
 * @param outsidePrice            the price for households outside the member towns, or null: they pay their bracket
 * @param siblingReductionPercent the reduction of the 2nd and further children present the same day, or null
 */
public record TariffTerms(ChargeKind kind, long itemId, LocalDate validFrom, LocalDate validTo,
                          List<QuotientBracket> brackets, BigDecimal outsidePrice, BigDecimal siblingReductionPercent) {

    public TariffTerms {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(validFrom);
        brackets = List.copyOf(brackets);
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the two tariffs have a day in common. */
    public boolean overlaps(TariffTerms other) {
        return (other.validTo == null || !validFrom.isAfter(other.validTo))
                && (validTo == null || !other.validFrom.isAfter(validTo));
    }

    /**
     * The price for a household: outside the member towns, the outside price when the tariff has one; otherwise the
     * bracket of its quotient, or the highest bracket when it has no quotient that day or its quotient falls between
     * two brackets.
     */
    public BigDecimal priceFor(OptionalInt quotient, boolean insideMemberTowns) {
        if (!insideMemberTowns && outsidePrice != null) {
            return outsidePrice;
        }
        return bracketFor(quotient).price();
    }

    public QuotientBracket bracketFor(OptionalInt quotient) {
        if (quotient.isPresent()) {
            int qf = quotient.getAsInt();
            for (QuotientBracket bracket : brackets) {
                if (bracket.includes(qf)) {
                    return bracket;
                }
            }
        }
        return highestBracket();
    }

    public QuotientBracket highestBracket() {
        return brackets.stream().max(Comparator.comparingInt(QuotientBracket::qfMin))
                .orElseThrow(() -> new IllegalStateException("A tariff has at least one bracket"));
    }

    /** The sibling reduction, zero when the tariff has none. */
    public BigDecimal siblingReduction() {
        return siblingReductionPercent == null ? BigDecimal.ZERO : siblingReductionPercent;
    }
}
