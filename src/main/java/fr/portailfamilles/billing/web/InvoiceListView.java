package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.boundary.InvoiceRow;
import fr.portailfamilles.billing.boundary.InvoiceSearch;
import fr.portailfamilles.billing.boundary.Invoices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Staff: every invoice and credit note, a page at a time, by month, standing, number or billed guardian. */
@Named
@ViewScoped
public class InvoiceListView implements Serializable {

    @Inject
    Invoices invoices;

    private String month;
    private InvoiceSearch.Listed listed;
    private String text;
    private List<YearMonth> months;

    private final LazyDataModel<InvoiceRow> rows = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) invoices.count(search());
        }

        @Override
        public List<InvoiceRow> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
            SortMeta sort = sorts.values().stream().findFirst().orElse(null);
            return invoices.search(search(), first, pageSize, sort == null ? "number" : sort.getField(),
                    sort == null || sort.getOrder() == SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(InvoiceRow row) {
            return String.valueOf(row.getId());
        }
    };

    private InvoiceSearch search() {
        YearMonth chosen = month == null || month.isBlank() ? null : YearMonth.parse(month);
        return new InvoiceSearch(chosen, listed, text);
    }

    public LazyDataModel<InvoiceRow> getRows() {
        return rows;
    }

    public List<YearMonth> getMonths() {
        if (months == null) {
            months = invoices.months();
        }
        return months;
    }

    public InvoiceSearch.Listed[] getListedChoices() {
        return InvoiceSearch.Listed.values();
    }

    public boolean isPaymentsKnown() {
        return invoices.paymentsKnown();
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public InvoiceSearch.Listed getListed() { return listed; }
    public void setListed(InvoiceSearch.Listed listed) { this.listed = listed; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
