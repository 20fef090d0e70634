package fr.portailfamilles.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in euros as French people write them, "1 234,50 €", for pages, e-mails and documents alike. The spaces are
 * no-break spaces (U+00A0): the amount never splits across lines, and the standard PDF fonts can draw them, which
 * the narrow no-break space that Java's French format uses cannot.
 */
public final class Euros {

    private static final char NO_BREAK_SPACE = '\u00a0';

    private Euros() {
    }

    public static String format(BigDecimal amount) {
        return amount == null ? "" : number(amount.setScale(2, RoundingMode.HALF_UP), "#,##0.00") + NO_BREAK_SPACE + "€";
    }

    /** A percentage as written in French, "10 %", "12,5 %". */
    public static String percent(BigDecimal percent) {
        return percent == null ? "" : number(percent, "#,##0.##") + NO_BREAK_SPACE + "%";
    }

    private static String number(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
