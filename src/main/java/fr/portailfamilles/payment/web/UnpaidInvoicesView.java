package fr.portailfamilles.payment.web;

import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.payment.boundary.UnpaidInvoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Staff: the invoices still owing money, the oldest first, with the total due per age bracket. */
@Named
@RequestScoped
public class UnpaidInvoicesView {

    @Inject
    Payments payments;

    private List<UnpaidInvoice> unpaid;

    public List<UnpaidInvoice> getInvoices() {
        if (unpaid == null) {
            unpaid = payments.unpaidByAge();
        }
        return unpaid;
    }

    /** The total due per age bracket ("30", "60", "90", "more"), every bracket listed, the youngest first. */
    public List<Map.Entry<String, BigDecimal>> getBrackets() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (String age : new String[]{"30", "60", "90", "more"}) {
            totals.put(age, BigDecimal.ZERO);
        }
        getInvoices().forEach(invoice -> totals.merge(invoice.getAge(), invoice.getDue(), BigDecimal::add));
        return List.copyOf(totals.entrySet());
    }
}
