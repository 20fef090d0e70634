package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What is done to a text typed by someone before it is searched, stored or exported. */
class TypedTextRulesTest {

    @Test
    void formulasAreShownAsTextInSpreadsheets() {
        for (String formula : new String[]{"=HYPERLINK(\"http://x\")", "+33 6", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertEquals("'" + formula, SpreadsheetCells.neutralised(formula));
        }
        assertEquals("Tours", SpreadsheetCells.neutralised("Tours"));
        assertEquals("", SpreadsheetCells.neutralised(""));
        assertNull(SpreadsheetCells.neutralised(null));
    }

    @Test
    void decimalsAreWrittenWithACommaForFrenchSpreadsheets() {
        assertEquals("12,5", SpreadsheetCells.decimalComma(new BigDecimal("12.50").stripTrailingZeros()));
        assertEquals("8,50", SpreadsheetCells.decimalComma(new BigDecimal("8.50")));
        assertEquals("0,25", SpreadsheetCells.decimalComma(0.25));
        assertEquals("1210", SpreadsheetCells.decimalComma(1210));
        assertEquals("1234567,89", SpreadsheetCells.decimalComma(new BigDecimal("1234567.89")));
    }

    @Test
    void searchWildcardsMeanThemselvesAndLengthIsCapped() {
        assertEquals("%50!% de remise%", SearchText.containsPattern(" 50% de Remise "));
        assertEquals("%a!_b!!c%", SearchText.containsPattern("a_b!c"));
        assertEquals("%%", SearchText.containsPattern(null));
        assertEquals(SearchText.MAX_LENGTH + 2, SearchText.containsPattern("x".repeat(5000)).length());
    }

    @Test
    void searchesIgnoreAccentsCapitalsAndLigatures() {
        assertEquals("%lea%", SearchText.containsPattern("Léa"));
        assertEquals("veigne", SearchText.normalise("VEIGNÉ"));
        assertEquals("oeuvre d’elodie, laetitia, strasse", SearchText.normalise("Œuvre d’Élodie, Lætitia, Straße"));
        assertEquals("francois|f.x@exemple.fr|", SearchText.column("François", "F.X@exemple.fr", null));
    }

    @Test
    void directionControlsAreTakenOut() {
        assertEquals("Dupontevil", BidiControls.stripped("Dupont\u202Eevil"));
        assertEquals("abc", BidiControls.stripped("\u2066a\u200Fb\u2069c\u202A"));
        assertEquals("Émilie N’Diaye", BidiControls.stripped("Émilie N’Diaye"));
        assertNull(BidiControls.stripped(null));
    }
}
