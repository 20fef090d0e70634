package fr.portailfamilles.payment.web;

import fr.portailfamilles.payment.boundary.PaymentStatement;
import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.RequestIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The payments section of the staff's household page: the payment area's own part of that page, included by it, as
 * billing includes its invoices. Its balance, its payments with their allocations, and the credit to put on invoices.
 */
@Named
@RequestScoped
public class HouseholdPaymentsView {

    @Inject
    Payments payments;

    private PaymentStatement statement;

    public PaymentStatement statement(long householdId) {
        if (statement == null) {
            statement = payments.statement(householdId);
        }
        return statement;
    }

    /** "Imputer le crédit": the household's credit on its open invoices, the oldest first. */
    public void useCredit() throws IOException {
        Long householdId = RequestIds.posted();
        if (householdId == null) {
            return;
        }
        BigDecimal used = payments.useCredit(householdId, Caller.name());
        Messages.infoAfterRedirect("/gestion/famille.xhtml?id=" + householdId, "payments.creditUsed", Euros.format(used));
    }
}
