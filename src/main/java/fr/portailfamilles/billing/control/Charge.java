package fr.portailfamilles.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One line to bill (or to credit, when negative) before it is written on an invoice. Its source key names what it
 * bills ("booking:123" for a booking request) the same way in every run, so that a run knows what earlier invoices
 * already billed for it.
 *
 * @param unitPrice        the tariff's price that day for that household
 * @param reductionPercent the sibling reduction applied, or zero
 * @param amount           the unit price less the reduction, rounded half-up to the cent (the one rounding of a line)
 */
public record Charge(long householdId, long childId, String childName, LocalDate date, ChargeKind kind, long itemId,
                     String label, BigDecimal unitPrice, BigDecimal reductionPercent, BigDecimal amount, String sourceKey) {

    public static final int CENTS = 2;

    public Charge {
        Objects.requireNonNull(date);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(sourceKey);
        if (amount.scale() != CENTS || unitPrice.scale() != CENTS) {
            throw new IllegalArgumentException("Amounts are in cents: " + unitPrice + ", " + amount);
        }
    }

    /** The line for a price and a reduction: the amount is rounded half-up to the cent, here and nowhere else. */
    public static Charge of(long householdId, long childId, String childName, LocalDate date, ChargeKind kind, long itemId,
                            String label, BigDecimal unitPrice, BigDecimal reductionPercent, String sourceKey) {
        BigDecimal price = unitPrice.setScale(CENTS, RoundingMode.HALF_UP);
        BigDecimal reduction = reductionPercent == null ? BigDecimal.ZERO : reductionPercent;
        BigDecimal amount = price.multiply(BigDecimal.valueOf(100).subtract(reduction))
                .divide(BigDecimal.valueOf(100), CENTS, RoundingMode.HALF_UP);
        return new Charge(householdId, childId, childName, date, kind, itemId, label, price, reduction, amount, sourceKey);
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }

    /** The key of a booking request's charge. */
    public static String bookingKey(long requestId) {
        return "booking:" + requestId;
    }
}
