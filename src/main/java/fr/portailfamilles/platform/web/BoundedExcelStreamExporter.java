package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.ExcelOptions;

import java.util.HashMap;
import java.util.Map;

/**
 * PrimeFaces' streamed Excel export (xlsxstream), read within bounds (see {@link BoundedExport}), formulas kept as
 * text. Its columns are as wide as their longest text in characters: POI's auto-size lays every cell out in a font
 * (most of a 10,000-row export's time), for a width a character count gives closely enough.
 */
public class BoundedExcelStreamExporter extends DataTableExcelXStreamExporter {

    /** Excel's limit, in characters. */
    private static final int MAX_WIDTH = 255;

    private final FormulaLookingTexts formulas = new FormulaLookingTexts();
    private final Map<Integer, Integer> widest = new HashMap<>();

    @Override
    protected void exportAll(FacesContext context, DataTable table) {
        BoundedExport.exportAll(table, row -> exportRow(context, table, row), () -> super.exportAll(context, table));
    }

    @Override
    protected void applyOptions(Sheet sheet) {
        super.applyOptions(sheet);
        ((SXSSFSheet) sheet).untrackAllColumnsForAutoSizing();
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        super.exportColumnFacetValue(context, table, value, index);
        measure(value, index);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, value, index);
        formulas.keepAsText(document, row().getCell(index), value);
        measure(value, index);
    }

    private void measure(ColumnValue value, int index) {
        Object shown = value.getValue();
        widest.merge(index, shown == null ? 0 : shown.toString().length(), Math::max);
    }

    @Override
    protected void autoSizeColumn(DataTable table, Sheet sheet) {
        ExcelOptions options = (ExcelOptions) exportConfiguration.getOptions();
        if (options == null || options.isAutoSizeColumn()) {
            widest.forEach((index, chars) -> sheet.setColumnWidth(index, Math.min(chars + 2, MAX_WIDTH) * 256));
        }
        widest.clear();
    }
}
