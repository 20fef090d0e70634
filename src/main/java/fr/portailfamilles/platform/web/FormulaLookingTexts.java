package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.primefaces.component.export.ColumnValue;

import java.util.HashMap;
import java.util.Map;

/**
 * The Excel exports' cells whose text a spreadsheet would take for a formula: written as text with Excel's "quote
 * prefix" style, so Excel shows the text as typed (no apostrophe, which a CSV needs) and never runs it, even when
 * the cell is edited. One quoted copy of each style the exporter used, per workbook.
 */
final class FormulaLookingTexts {

    private final Map<Short, CellStyle> quoted = new HashMap<>();

    void keepAsText(Workbook workbook, Cell cell, ColumnValue value) {
        if (cell != null && value.isStringValue() && SpreadsheetCells.looksLikeFormula((String) value.getValue())) {
            CellStyle style = cell.getCellStyle();
            cell.setCellStyle(quoted.computeIfAbsent(style.getIndex(), index -> {
                CellStyle quotedStyle = workbook.createCellStyle();
                quotedStyle.cloneStyleFrom(style);
                quotedStyle.setQuotePrefixed(true);
                return quotedStyle;
            }));
        }
    }
}
