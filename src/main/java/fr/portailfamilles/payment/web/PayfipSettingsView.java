package fr.portailfamilles.payment.web;

import fr.portailfamilles.payment.boundary.OnlinePayments;
import fr.portailfamilles.payment.payfip.PayfipSettings;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** IT: PayFiP's settings as the server read them, why online payment is off if it is, and "Tester la connexion". */
@Named
@RequestScoped
public class PayfipSettingsView {

    @Inject
    OnlinePayments onlinePayments;

    private final PayfipSettings settings = PayfipSettings.fromSystem();

    public void test() {
        try {
            Messages.info(null, "payfip.test.ok", onlinePayments.testConnection());
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public PayfipSettings getSettings() { return settings; }
    public String getProblem() { return settings.problem().orElse(null); }
}
