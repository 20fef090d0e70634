package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.InvoiceLine;

import java.util.Comparator;
import java.util.List;

/** An invoice or credit note with its lines, by child then day, for the staff's detail page. */
public final class InvoiceDetail {

    private final InvoiceRow row;
    private final List<InvoiceLine> lines;

    InvoiceDetail(InvoiceRow row, List<InvoiceLine> lines) {
        this.row = row;
        this.lines = lines.stream().sorted(Comparator.comparing(InvoiceLine::getChildName).thenComparing(InvoiceLine::getChildId)
                .thenComparing(InvoiceLine::getMonth).thenComparing(InvoiceLine::getDate).thenComparing(InvoiceLine::getPosition)).toList();
    }

    public InvoiceRow getRow() { return row; }
    public List<InvoiceLine> getLines() { return lines; }
}
