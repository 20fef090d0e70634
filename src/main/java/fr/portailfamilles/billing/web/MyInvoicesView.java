package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.boundary.InvoiceRow;
import fr.portailfamilles.billing.boundary.Invoices;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Mes factures: the household's invoices and credit notes with the guide's columns, each PDF a click away. */
@Named
@RequestScoped
public class MyInvoicesView {

    @Inject
    Invoices invoices;

    @Inject
    SignedInPerson signedIn;

    private List<InvoiceRow> rows;

    public List<InvoiceRow> getInvoices() {
        if (rows == null) {
            rows = signedIn.householdId().map(invoices::forParent).orElse(List.of());
        }
        return rows;
    }

    public boolean isPaymentsKnown() {
        return invoices.paymentsKnown();
    }
}
