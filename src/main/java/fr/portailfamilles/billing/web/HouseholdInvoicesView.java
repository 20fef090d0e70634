package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.boundary.HouseholdAccount;
import fr.portailfamilles.billing.boundary.Invoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The invoices section of the staff's household page: billing's own part of that page, included by it, so that the
 * household area neither reads billing's tables nor depends on billing.
 */
@Named
@RequestScoped
public class HouseholdInvoicesView {

    @Inject
    Invoices invoices;

    private HouseholdAccount account;

    public HouseholdAccount account(long householdId) {
        if (account == null) {
            account = invoices.accountOf(householdId);
        }
        return account;
    }

    public boolean isPaymentsKnown() {
        return invoices.paymentsKnown();
    }
}
