package fr.portailfamilles.billing.batch;

import fr.portailfamilles.attendance.boundary.Attendance;
import fr.portailfamilles.billing.boundary.InvoiceNotices;
import fr.portailfamilles.billing.boundary.MonthInvoiced;
import fr.portailfamilles.billing.control.ChargeSource;
import fr.portailfamilles.billing.control.MonthCharges;
import fr.portailfamilles.household.boundary.BillingContact;
import fr.portailfamilles.household.boundary.Households;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The run's calls to the other areas' staff boundaries. A batch has no caller: these go out with the staff role.
 * The charges come from the deployment's {@link ChargeSource} (the centre's rules; tests may put their own in).
 */
@Stateless
@RunAs("STAFF")
@PermitAll
public class RunAsStaff {

    @Inject
    ChargeSource chargeSource;

    @Inject
    Attendance attendance;

    @Inject
    Households households;

    @Inject
    Event<MonthInvoiced> monthInvoiced;

    @Inject
    InvoiceNotices notices;

    public List<Long> householdsToBill(YearMonth month) {
        return chargeSource.householdsToBill(month);
    }

    public MonthCharges charges(Collection<Long> householdIds, YearMonth month) {
        return chargeSource.charges(householdIds, month);
    }

    public Map<Long, BillingContact> billingContacts(Collection<Long> householdIds) {
        return households.billingContacts(householdIds);
    }

    /** "Votre facture est disponible" to the billed guardians of these invoices, each once. */
    public int tellInvoices(List<Long> invoiceIds) {
        return notices.tell(invoiceIds);
    }

    /** The month is invoiced: its attendance is locked (a change is then a correction), and whoever listens is told. */
    public void monthInvoiced(YearMonth month) {
        attendance.lockMonth(month);
        monthInvoiced.fire(new MonthInvoiced(month));
    }
}
