package fr.portailfamilles.demo;

import fr.portailfamilles.billing.batch.InvoiceRunScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * The demo's previous month is invoiced as soon as its data is committed, by the same run the schedule starts on the
 * 1st of each month (it catches up with a month whose day has passed): Mes factures has invoices from the start, and
 * the current month is left for IT to run.
 */
@ApplicationScoped
class DemoInvoicing {

    private static final Logger LOG = Logger.getLogger(DemoInvoicing.class.getName());

    @Inject
    InvoiceRunScheduler scheduler;

    void invoicePreviousMonth(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoLoaded loaded) {
        scheduler.startDueRun().ifPresentOrElse(
                month -> LOG.info(() -> "Demo mode: the invoice run of " + month + " is started"),
                () -> LOG.warning("Demo mode: no invoice run could be started for the previous month"));
    }
}
