package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceRuns;
import fr.portailfamilles.billing.boundary.ScheduledRunClaims;
import fr.portailfamilles.billing.boundary.StaleRuns;
import fr.portailfamilles.billing.control.ScheduledMonth;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Settings;
import fr.portailfamilles.platform.control.NodeName;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The automatic run: on the set day and hour of each month (Paris time; the 1st at 02:00 unless IT changed it) the
 * previous month is invoiced. Every node looks every minute, a timer of its own; the first whose claim of the
 * month succeeds starts it, once. A node that was down at that moment catches up when it comes back. The same look
 * marks executions whose server died.
 */
@Stateless
@RunAs("IT")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvoiceRunScheduler {

    /** Who started an automatic run, on the screen. */

    private static final Logger LOG = Logger.getLogger(InvoiceRunScheduler.class.getName());

    @Inject
    ScheduledRunClaims claims;

    @Inject
    InvoiceRuns runs;

    @Inject
    StaleRuns staleRuns;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        staleRuns.releaseSilent();
        startDueRun();
    }

    /** Starts the month whose automatic run is due, if this node is the one to claim it; says which month it started. */
    public Optional<YearMonth> startDueRun() {
        Optional<YearMonth> due = ScheduledMonth.due(clock.zonedNow(), settings.invoiceRunDay(), settings.invoiceRunHour());
        if (due.isEmpty() || !claims.claim(due.get(), NodeName.ofThisServer())) {
            return Optional.empty();
        }
        YearMonth month = due.get();
        if (claims.completed(month)) {
            LOG.info(() -> "Automatic invoice run of " + month + ": already invoiced, nothing to start");
            return Optional.empty();
        }
        try {
            runs.start(month.toString(), AuditLog.SCHEDULED);
            LOG.info(() -> "Automatic invoice run of " + month + " started");
            return due;
        } catch (ActionRefused refused) {
            LOG.warning(() -> "Automatic invoice run of " + month + " not started: " + refused.messageKey());
            return Optional.empty();
        }
    }
}
