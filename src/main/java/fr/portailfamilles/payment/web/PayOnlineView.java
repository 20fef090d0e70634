package fr.portailfamilles.payment.web;

import fr.portailfamilles.payment.boundary.OnlinePayments;
import fr.portailfamilles.payment.boundary.PayableRow;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Payer en ligne: the household's invoices to pay; "Payer" pays one, or the ticked ones in one card payment, on
 * PayFiP's page; "Actualiser l'état des paiements de mes factures" asks PayFiP about the payments under way.
 */
@Named
@ViewScoped
public class PayOnlineView implements Serializable {

    private static final String PAGE = "/portail/payer.xhtml";

    @Inject
    transient OnlinePayments onlinePayments;

    @Inject
    transient SignedInPerson signedIn;

    @Inject
    transient Clock clock;

    private List<PayableRow> rows;
    private final Map<Long, Boolean> ticked = new HashMap<>();

    public List<PayableRow> getRows() {
        if (rows == null) {
            rows = signedIn.householdId().map(onlinePayments::toPay).orElse(List.of());
        }
        return rows;
    }

    /** Whether a row can still be ticked: "Payer les factures cochées" is offered only then. */
    public boolean isAnyToTick() {
        return getRows().stream().anyMatch(row -> !row.isUnderWay());
    }

    /** A payment under way can be taken up again on PayFiP's page while its idOp lives. */
    public boolean resumable(PayableRow row) {
        return row.resumableAt(clock.now());
    }

    public boolean isEnabled() {
        return onlinePayments.enabled();
    }

    public void payOne(long invoiceId) throws IOException {
        pay(List.of(invoiceId));
    }

    public void payTicked() throws IOException {
        List<Long> chosen = ticked.entrySet().stream().filter(entry -> Boolean.TRUE.equals(entry.getValue())).map(Map.Entry::getKey).toList();
        if (chosen.isEmpty()) {
            Messages.error(null, "payments.online.noInvoice");
            return;
        }
        pay(chosen);
    }

    public void refresh() throws IOException {
        long received = signedIn.householdId().map(onlinePayments::refresh).orElse(0L);
        Messages.infoAfterRedirect(PAGE, received == 0 ? "payments.online.refreshed" : "payments.online.refreshed.received", received);
    }

    /** The operation is stored and PayFiP asked; the browser then goes to PayFiP through the portal's own page. */
    private void pay(List<Long> invoiceIds) throws IOException {
        Long householdId = signedIn.householdId().orElse(null);
        if (householdId == null) {
            return;
        }
        try {
            String reference = onlinePayments.pay(householdId, invoiceIds, signedIn.login().orElseThrow(), signedIn.getDisplayName());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/portail/paiement-envoi.xhtml?ref=" + reference);
        } catch (ActionRefused refused) {
            rows = null;
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public Map<Long, Boolean> getTicked() { return ticked; }
}
