package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;

/** PrimeFaces' Excel export (xlsx), read within bounds (see {@link BoundedExport}), formula-looking texts kept as text. */
public class BoundedExcelExporter extends DataTableExcelXExporter {

    private final FormulaLookingTexts formulas = new FormulaLookingTexts();

    @Override
    protected void exportAll(FacesContext context, DataTable table) {
        BoundedExport.exportAll(table, row -> exportRow(context, table, row), () -> super.exportAll(context, table));
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, value, index);
        formulas.keepAsText(document, row().getCell(index), value);
    }
}
