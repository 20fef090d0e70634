package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.InvoiceAnonymiser;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every night, the invoices of anonymised households whose accounting retention (a setting, 10 years by default)
 * ended lose their names. Each server runs it; the work is the same whoever does it, so running it twice changes
 * nothing.
 */
@Stateless
@PermitAll
public class InvoiceRetention {

    private static final Logger LOG = Logger.getLogger(InvoiceRetention.class.getName());

    @Inject
    InvoiceAnonymiser anonymiser;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "40", persistent = false)
    void nightly() {
        int anonymised = anonymiser.anonymiseExpired(clock.today(), settings.accountingRetentionYears());
        if (anonymised > 0) {
            LOG.info(() -> anonymised + " invoice(s) past the accounting retention anonymised");
        }
    }
}
