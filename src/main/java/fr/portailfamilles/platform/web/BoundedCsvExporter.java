package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.CSVOptions;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export, read within bounds (see {@link BoundedExport}), for a French spreadsheet: semicolons
 * between the cells, UTF-8 with its byte order mark (written by PrimeFaces for UTF-8, the exporter's encoding),
 * decimal commas, and formulas neutralised by a leading apostrophe.
 */
public class BoundedCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportAll(FacesContext context, DataTable table) {
        BoundedExport.exportAll(table, row -> exportRow(context, table, row), () -> super.exportAll(context, table));
    }

    @Override
    protected CSVOptions options() {
        return CSVOptions.EXCEL_NORTHERN_EUROPE;
    }

    @Override
    public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
        return BoundedExport.csvCell(super.getColumnValue(context, table, column, joinComponents));
    }
}
