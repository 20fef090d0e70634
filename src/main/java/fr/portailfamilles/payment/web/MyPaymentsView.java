package fr.portailfamilles.payment.web;

import fr.portailfamilles.payment.boundary.ParentPaymentRow;
import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Mes paiements: the household's payments per invoice, with the guide's columns. */
@Named
@RequestScoped
public class MyPaymentsView {

    @Inject
    Payments payments;

    @Inject
    SignedInPerson signedIn;

    private List<ParentPaymentRow> rows;

    public List<ParentPaymentRow> getPayments() {
        if (rows == null) {
            rows = signedIn.householdId().map(payments::forParent).orElse(List.of());
        }
        return rows;
    }
}
