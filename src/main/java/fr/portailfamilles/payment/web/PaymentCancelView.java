package fr.portailfamilles.payment.web;

import fr.portailfamilles.household.boundary.BillingContact;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.payment.boundary.PaymentRow;
import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.platform.web.RequestIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** Staff: cancels a payment (a cheque returned) with its reason; the payment stays in the household's history. */
@Named
@RequestScoped
public class PaymentCancelView {

    @Inject
    Payments payments;

    @Inject
    Households households;

    private Long id;
    private PaymentRow payment;
    private String reason;
    private String householdName;

    public void load() throws IOException {
        if (getPayment() == null) {
            MissingPage.send();
        }
    }

    /** On a form post the page is rebuilt before the view parameter reaches this bean: the id then comes as a request parameter. */
    public PaymentRow getPayment() {
        if (id == null) {
            id = RequestIds.posted();
        }
        if (payment == null && id != null) {
            payment = payments.payment(id).orElse(null);
        }
        return payment;
    }

    /** The family the payment was recorded for: what is cancelled is named before it is. */
    public String getHouseholdName() {
        if (householdName == null && getPayment() != null) {
            BillingContact contact = households.billingContacts(List.of(payment.householdId())).get(payment.householdId());
            householdName = contact == null ? "" : contact.householdName();
        }
        return householdName;
    }

    public void cancel() throws IOException {
        if (getPayment() == null) {
            MissingPage.send();
            return;
        }
        try {
            payments.cancel(id, reason, Caller.name());
            Messages.infoAfterRedirect("/gestion/famille.xhtml?id=" + payment.householdId(),
                    payment.parts().isEmpty() ? "payments.cancelled.credit" : "payments.cancelled");
        } catch (ActionRefused refused) {
            if (refused.messageKey().startsWith("payments.cancel.reason")) {
                Messages.error("reason", refused.messageKey(), refused.arguments());
            } else {
                // Cancelled meanwhile (another tab, a colleague): the family page says so and shows it cancelled.
                Messages.errorAfterRedirect("/gestion/famille.xhtml?id=" + payment.householdId(), refused.messageKey(), refused.arguments());
            }
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
