package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.HouseholdRow;
import fr.portailfamilles.household.boundary.Households;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Staff: every household, a page at a time, searched by any name, e-mail or town. */
@Named
@ViewScoped
public class HouseholdListView implements Serializable {

    @Inject
    Households households;

    private String search;

    /** The search the list shows, applied by "Rechercher": an export lists what is shown, not what was typed since. */
    private String shownSearch;

    private final LazyDataModel<HouseholdRow> rows = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) households.countMatching(shownSearch);
        }

        @Override
        public List<HouseholdRow> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
            SortMeta sort = sorts.values().stream().findFirst().orElse(null);
            return households.search(shownSearch, first, pageSize, sort == null ? "name" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(HouseholdRow row) {
            return String.valueOf(row.getId());
        }
    };

    public void find() {
        shownSearch = search;
    }

    public LazyDataModel<HouseholdRow> getRows() {
        return rows;
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
