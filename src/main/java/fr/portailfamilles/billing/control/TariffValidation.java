package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.control.TariffProblem.Field;
import fr.portailfamilles.platform.control.ParisTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules a tariff keeps before it is saved, each broken one said next to its field: the brackets do not share
 * a quotient (gaps are allowed: a quotient in none pays the highest bracket), prices and the reduction have at most
 * two decimals, prices are not negative, the reduction is a percentage, and the unit's or service's tariffs never
 * share a day.
 */
public final class TariffValidation {

    /** What numeric(10, 2) holds, with room to spare: a tariff above it is a typing mistake. */
    static final BigDecimal HIGHEST_PRICE = new BigDecimal("99999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TariffValidation() {
    }

    /**
     * @param others the other tariffs of the same unit or service (not the one edited)
     * @return the problems, in the order of the form; empty when the tariff may be saved
     */
    public static List<TariffProblem> problems(TariffTerms tariff, Collection<TariffTerms> others) {
        List<TariffProblem> problems = new ArrayList<>();
        if (tariff.validTo() != null && tariff.validTo().isBefore(tariff.validFrom())) {
            problems.add(TariffProblem.of(Field.VALID_TO, "tariff.validTo.beforeFrom"));
        } else {
            others.stream().filter(tariff::overlaps).findFirst().ifPresent(other -> problems.add(other.validTo() == null
                    ? TariffProblem.of(Field.VALID_FROM, "tariff.dates.overlapOpen", ParisTime.day(other.validFrom()))
                    : TariffProblem.of(Field.VALID_FROM, "tariff.dates.overlap", ParisTime.day(other.validFrom()),
                    ParisTime.day(other.validTo()))));
        }
        bracketProblems(tariff.brackets(), problems);
        if (tariff.outsidePrice() != null) {
            priceProblem(tariff.outsidePrice(), Field.OUTSIDE_PRICE, -1, problems);
        }
        BigDecimal reduction = tariff.siblingReductionPercent();
        if (reduction != null) {
            if (reduction.signum() < 0 || reduction.compareTo(HUNDRED) > 0) {
                problems.add(TariffProblem.of(Field.SIBLING_REDUCTION, "tariff.reduction.range"));
            } else if (decimals(reduction) > Charge.CENTS) {
                problems.add(TariffProblem.of(Field.SIBLING_REDUCTION, "tariff.reduction.cents"));
            }
        }
        return problems;
    }

    /** A tariff prices days of its activity: one valid only before the activity starts or after it ends prices nothing. */
    public static Optional<TariffProblem> outsideActivity(TariffTerms tariff, LocalDate activityStarts, LocalDate activityEnds) {
        if (tariff.validFrom().isAfter(activityEnds)) {
            return Optional.of(TariffProblem.of(Field.VALID_FROM, "tariff.validFrom.afterActivity", ParisTime.day(activityEnds)));
        }
        if (tariff.validTo() != null && tariff.validTo().isBefore(activityStarts)) {
            return Optional.of(TariffProblem.of(Field.VALID_TO, "tariff.validTo.beforeActivity", ParisTime.day(activityStarts)));
        }
        return Optional.empty();
    }

    private static void bracketProblems(List<QuotientBracket> brackets, List<TariffProblem> problems) {
        if (brackets.isEmpty()) {
            problems.add(TariffProblem.of(Field.BRACKETS, "tariff.brackets.none"));
            return;
        }
        boolean boundsRight = true;
        for (int row = 0; row < brackets.size(); row++) {
            QuotientBracket bracket = brackets.get(row);
            if (bracket.qfMin() < 0) {
                problems.add(TariffProblem.inRow(Field.QF_MIN, row, "tariff.qf.negative"));
                boundsRight = false;
            } else if (bracket.qfMax() != null && bracket.qfMax() < bracket.qfMin()) {
                problems.add(TariffProblem.inRow(Field.QF_MAX, row, "tariff.qf.reversed"));
                boundsRight = false;
            }
            priceProblem(bracket.price(), Field.PRICE, row, problems);
        }
        if (boundsRight) {
            overlapProblem(brackets, problems);
        }
    }

    /** The first two brackets sharing a quotient, numbered as the form shows them (from 1). */
    private static void overlapProblem(List<QuotientBracket> brackets, List<TariffProblem> problems) {
        for (int first = 0; first < brackets.size(); first++) {
            for (int second = first + 1; second < brackets.size(); second++) {
                if (brackets.get(first).overlaps(brackets.get(second))) {
                    problems.add(TariffProblem.of(Field.BRACKETS, "tariff.brackets.overlap", first + 1, second + 1));
                    return;
                }
            }
        }
    }

    private static void priceProblem(BigDecimal price, Field field, int row, List<TariffProblem> problems) {
        if (price.signum() < 0) {
            problems.add(TariffProblem.inRow(field, row, "tariff.price.negative"));
        } else if (decimals(price) > Charge.CENTS) {
            problems.add(TariffProblem.inRow(field, row, "tariff.price.cents"));
        } else if (price.compareTo(HIGHEST_PRICE) > 0) {
            problems.add(TariffProblem.inRow(field, row, "tariff.price.tooHigh"));
        }
    }

    /** 8.50 and 8.500 have two decimals that count; 3.335 has three. */
    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
