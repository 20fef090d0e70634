package fr.portailfamilles.billing;

import fr.portailfamilles.billing.boundary.MonthInvoiced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the attendance area will hear: the months whose run completed, in order. */
@ApplicationScoped
public class InvoicedMonths {

    private final List<YearMonth> months = new CopyOnWriteArrayList<>();

    void heard(@Observes MonthInvoiced invoiced) {
        months.add(invoiced.month());
    }

    public List<YearMonth> months() {
        return List.copyOf(months);
    }
}
