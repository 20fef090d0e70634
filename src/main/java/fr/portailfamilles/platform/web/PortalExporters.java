package fr.portailfamilles.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.Exporter;
import org.primefaces.context.PrimeApplicationContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exports {@code <p:dataExporter>} offers: CSV and Excel, each through the portal's bounded exporters. The
 * other formats (PDF, XML, tree tables) are taken away rather than left unbounded: a page asking for one fails
 * at once instead of risking an endless export. Set at the first request, PrimeFaces' settings being made then.
 */
public class PortalExporters implements PhaseListener {

    static final Map<String, Class<? extends Exporter<?>>> OFFERED = Map.of(
            "csv", BoundedCsvExporter.class,
            "xlsx", BoundedExcelExporter.class,
            "xlsxstream", BoundedExcelStreamExporter.class);

    @Override
    public void beforePhase(PhaseEvent event) {
        var exporters = PrimeApplicationContext.getCurrentInstance(event.getFacesContext()).getExporters();
        if (!OFFERED.equals(exporters.get(DataTable.class)) || exporters.size() != 1) {
            synchronized (exporters) {
                exporters.clear();
                exporters.put(DataTable.class, new ConcurrentHashMap<>(OFFERED));
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Set before anything is exported.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
