package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.SpreadsheetCells;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.model.LazyDataModel;

import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * How the portal's exporters (CSV, Excel) read a table, and how the CSV writes its cells.
 * <p>
 * PrimeFaces reads a lazy table until it has as many rows as the count of the page last shown; when the rows
 * are fewer by then (a search typed but not applied, households changed by a colleague) it asks for the
 * missing ones for ever and holds a CPU. Here a lazy table is read by batches until a batch comes back short,
 * whatever any count said, and never past {@link #MAX_ROWS} rows or {@link #MAX_DURATION}.
 */
final class BoundedExport {

    static final int BATCH_ROWS = 500;
    static final int MAX_ROWS = 100_000;
    static final Duration MAX_DURATION = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(BoundedExport.class.getName());

    private BoundedExport() {
    }

    /**
     * @param exportRow writes the row at this index of the batch the model holds
     * @param inMemory  PrimeFaces' own reading, for a table whose rows are a list in memory (its size bounds it)
     */
    @SuppressWarnings("unchecked")
    static void exportAll(DataTable table, IntConsumer exportRow, Runnable inMemory) {
        if (!table.isLazy()) {
            inMemory.run();
            return;
        }
        LazyDataModel<Object> model = (LazyDataModel<Object>) table.getValue();
        List<Object> shown = model.getWrappedData();
        int pageSize = model.getPageSize();
        long deadline = System.nanoTime() + MAX_DURATION.toNanos();
        try {
            int exported = 0;
            while (exported < MAX_ROWS) {
                int asked = Math.min(BATCH_ROWS, MAX_ROWS - exported);
                List<Object> batch = model.load(exported, asked, table.getActiveSortMeta(), table.getActiveFilterMeta());
                model.setPageSize(asked);
                model.setWrappedData(batch);
                for (int row = 0; row < batch.size(); row++) {
                    exportRow.accept(row);
                }
                exported += batch.size();
                if (batch.size() < asked) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    LOG.warning("Export of " + table.getClientId() + " cut after " + MAX_DURATION.toSeconds() + " s, at "
                            + exported + " rows");
                    return;
                }
            }
            LOG.warning("Export of " + table.getClientId() + " cut at " + MAX_ROWS + " rows");
        } finally {
            table.setRowIndex(-1);
            model.setWrappedData(shown);
            model.setPageSize(pageSize);
            model.setRowIndex(-1);
        }
    }

    /** A CSV cell: a formula-looking text neutralised, a decimal number with a comma. */
    static ColumnValue csvCell(ColumnValue value) {
        if (value.isStringValue()) {
            return ColumnValue.of(SpreadsheetCells.neutralised((String) value.getValue()));
        }
        return value.getValue() instanceof Number number ? ColumnValue.of(SpreadsheetCells.decimalComma(number)) : value;
    }
}
