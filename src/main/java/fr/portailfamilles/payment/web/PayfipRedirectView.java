package fr.portailfamilles.payment.web;

import fr.portailfamilles.payment.boundary.OnlinePayments;
import fr.portailfamilles.payment.boundary.OperationView;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The two portal pages around PayFiP's: the one that sends the browser on to PayFiP's page (a link and a refresh, so
 * that the form that started the payment only ever posts to the portal), and the one PayFiP's return lands on, which
 * shows the payment as the portal knows it once PayFiP has been asked about it. Only the household's own operations;
 * any other reference is a 404.
 */
@Named
@RequestScoped
public class PayfipRedirectView {

    @Inject
    OnlinePayments onlinePayments;

    @Inject
    SignedInPerson signedIn;

    private String ref;
    private OperationView operation;

    public void load() throws IOException {
        showing((householdId, reference) -> onlinePayments.operation(householdId, reference));
    }

    /** PayFiP's return: the operation once PayFiP has been asked about it (its return proves nothing by itself). */
    public void loadReturn() throws IOException {
        showing((householdId, reference) -> onlinePayments.returnedFrom(householdId, reference));
    }

    private void showing(BiFunction<Long, String, Optional<OperationView>> lookup) throws IOException {
        Optional<OperationView> found = ref == null ? Optional.empty()
                : signedIn.householdId().flatMap(householdId -> lookup.apply(householdId, ref));
        if (found.isEmpty()) {
            MissingPage.send();
            return;
        }
        operation = found.get();
    }

    /** PayFiP's page for this operation, while it is under way. */
    public String getPayfipPage() {
        return operation == null ? null : onlinePayments.pageOf(operation).orElse(null);
    }

    public OperationView getOperation() { return operation; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
}
