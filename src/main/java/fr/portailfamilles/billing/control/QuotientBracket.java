package fr.portailfamilles.billing.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One family-quotient bracket of a tariff: the price for a quotient from {@code qfMin} to {@code qfMax}, both
 * included (a quotient of exactly 650 belongs to the bracket "0 – 650", not to "651 – 950").
 *
 * @param qfMax the highest quotient of the bracket, or null for "and above"
 */
public record QuotientBracket(int qfMin, Integer qfMax, BigDecimal price) {

    public QuotientBracket {
        Objects.requireNonNull(price);
    }

    public boolean includes(int quotient) {
        return quotient >= qfMin && (qfMax == null || quotient <= qfMax);
    }

    /** Whether the two brackets share a quotient. */
    public boolean overlaps(QuotientBracket other) {
        return other.qfMin <= highest() && qfMin <= other.highest();
    }

    private long highest() {
        return qfMax == null ? Long.MAX_VALUE : qfMax;
    }
}
