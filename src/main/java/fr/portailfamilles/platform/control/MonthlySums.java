package fr.portailfamilles.platform.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts summed by day in the database, gathered by month here (JPQL has no month of a date on every database):
 * every month from the first to the last, an empty one at zero.
 */
public final class MonthlySums {

    private MonthlySums() {
    }

    /** @param byDay rows of (LocalDate, BigDecimal) */
    public static Map<YearMonth, BigDecimal> of(YearMonth from, YearMonth to, List<Object[]> byDay) {
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.put(month, BigDecimal.ZERO);
        }
        byDay.forEach(row -> months.merge(YearMonth.from((LocalDate) row[0]), (BigDecimal) row[1], BigDecimal::add));
        return months;
    }
}
