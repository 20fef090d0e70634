package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;

/** PrimeFaces' Excel export (xlsx), read within bounds and with formulas neutralised (see {@link BoundedExport}). */
public class BoundedExcelExporter extends DataTableExcelXExporter {

    @Override
    protected void exportAll(FacesContext context, DataTable table) {
        BoundedExport.exportAll(table, row -> exportRow(context, table, row), () -> super.exportAll(context, table));
    }

    @Override
    public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
        return BoundedExport.cell(super.getColumnValue(context, table, column, joinComponents));
    }
}
