package fr.portailfamilles.platform.control;

import java.math.BigDecimal;

/**
 * Cells of the exports as a French spreadsheet reads them. A text that a spreadsheet would take for a formula when
 * it opens an export (a town typed as {@code =HYPERLINK("http://…")}) is shown as the text it is: in a CSV by
 * OWASP's rule for CSV injection, a leading apostrophe before =, +, -, @, a tab or a carriage return (an Excel file
 * marks its cell as text instead). A decimal number is written with a comma.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    public static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** "12,5" for 12.5, "1210" for 1210: the decimal separator of French spreadsheets, no thousands separator. */
    public static String decimalComma(Number number) {
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        return exact.toPlainString().replace('.', ',');
    }
}
