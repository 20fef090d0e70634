package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.MonthInvoiced;
import fr.portailfamilles.billing.control.ChargeSource;
import fr.portailfamilles.billing.control.MonthCharges;
import fr.portailfamilles.household.boundary.BillingContact;
import fr.portailfamilles.household.boundary.Households;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The run's calls to the other areas' staff boundaries. A batch has no caller: these go out with the staff role.
 * The charges come from the one {@link ChargeSource} of the deployment.
 */
@Stateless
@RunAs("STAFF")
@PermitAll
public class RunAsStaff {

    @Inject
    Instance<ChargeSource> chargeSources;

    @Inject
    Households households;

    @Inject
    Event<MonthInvoiced> monthInvoiced;

    /** Whether this deployment can price charges: a run is refused until it can. */
    public boolean chargesAvailable() {
        return chargeSources.isResolvable();
    }

    public List<Long> householdsToBill(YearMonth month) {
        return chargeSources.get().householdsToBill(month);
    }

    public MonthCharges charges(Collection<Long> householdIds, YearMonth month) {
        return chargeSources.get().charges(householdIds, month);
    }

    public Map<Long, BillingContact> billingContacts(Collection<Long> householdIds) {
        return households.billingContacts(householdIds);
    }

    /** Tells the areas that the month is invoiced: its attendance is locked. */
    public void monthInvoiced(YearMonth month) {
        monthInvoiced.fire(new MonthInvoiced(month));
    }
}
