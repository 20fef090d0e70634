package fr.portailfamilles.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts as French people write them, for pages, e-mails and documents alike: "1 234,50 €" to read, "8,50" or
 * "8.50" typed in a field. Exact decimals, never floating point; a typed value keeps all its decimals, so that a rule
 * can refuse "3,335" rather than round it. The spaces are no-break spaces (U+00A0): an amount never splits across
 * lines, and the standard PDF fonts can draw them.
 */
public final class Euros {

    private static final char NO_BREAK_SPACE = '\u00a0';
    private static final Pattern TYPED = Pattern.compile("-?\\d+([.,]\\d+)?");

    private Euros() {
    }

    /** "8,50 €", "1 234,50 €" (no-break spaces, so the amount never splits across lines). */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return plain(amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY), true) + NO_BREAK_SPACE + "€";
    }

    /** Whole euros, as a family quotient is given: "1 210" (no-break space, no decimals, no sign). */
    public static String whole(int amount) {
        return plain(BigDecimal.valueOf(amount), true);
    }

    /** A percentage as written in French, "10 %", "12,5 %": only the decimals it has. */
    public static String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        BigDecimal shown = percent.stripTrailingZeros();
        return plain(shown.scale() < 0 ? shown.setScale(0) : shown, true) + NO_BREAK_SPACE + "%";
    }

    /** "8,50" for a field, "10" for a percentage without decimals; no grouping, so it reads back as typed. */
    public static String typed(BigDecimal value) {
        return value == null ? "" : plain(value, false);
    }

    /** What a person typed: "8,50", "8.50", " 1 234,5 € "; empty for nothing; a sum written otherwise is not a number. */
    public static Optional<BigDecimal> parse(String text) throws NumberFormatException {
        String compact = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f€%]", "");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        if (!TYPED.matcher(compact).matches()) {
            throw new NumberFormatException("Not an amount: " + text);
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }

    private static String plain(BigDecimal value, boolean grouped) {
        String digits = value.toPlainString();
        boolean negative = digits.startsWith("-");
        String unsigned = negative ? digits.substring(1) : digits;
        int point = unsigned.indexOf('.');
        String whole = point < 0 ? unsigned : unsigned.substring(0, point);
        String decimals = point < 0 ? "" : "," + unsigned.substring(point + 1);
        if (grouped) {
            StringBuilder groups = new StringBuilder(whole);
            for (int at = whole.length() - 3; at > 0; at -= 3) {
                groups.insert(at, NO_BREAK_SPACE);
            }
            whole = groups.toString();
        }
        return (negative ? "-" : "") + whole + decimals;
    }
}
