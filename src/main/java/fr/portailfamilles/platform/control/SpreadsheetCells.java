package fr.portailfamilles.platform.control;

/**
 * A text that a spreadsheet would take for a formula when it opens an export (a town typed as
 * {@code =HYPERLINK("http://…")}) is shown as the text it is: OWASP's rule for CSV injection, a leading
 * apostrophe before =, +, -, @, a tab or a carriage return.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
