package fr.portailfamilles.payment.payfip;

import fr.portailfamilles.payment.boundary.OnlinePayments;
import fr.portailfamilles.payment.boundary.PayfipSteps;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every server: the notifications not checked after a minute, then each operation under way for
 * five minutes and more, asked about again (at most once a minute each). Each is claimed in the database before it
 * is checked, so that with several servers each is checked by one of them per interval. A notification lost on the
 * way never leaves a paid invoice due.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayfipReconciliation {

    private static final Logger LOG = Logger.getLogger(PayfipReconciliation.class.getName());
    private static final int BATCH = 500;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @Inject
    PayfipSteps steps;

    @Inject
    OnlinePayments onlinePayments;

    @Inject
    NotificationWorker worker;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void everyMinute() {
        if (!PayfipSettings.fromSystem().enabled()) {
            return;
        }
        try {
            reconcile();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "PayFiP reconciliation stopped; it goes on at the next minute", failed);
        }
    }

    /**
     * One pass, batch after batch until none is left that this node could claim (an operation checked is not due again
     * for a minute, one claimed elsewhere is skipped): answers how many operations were asked about.
     */
    public int reconcile() {
        steps.waitingNotifications(BATCH).forEach(worker::checkNow);
        int asked = 0;
        boolean claimedAny = true;
        while (claimedAny) {
            claimedAny = false;
            for (long operationId : steps.toReconcile(BATCH)) {
                Optional<String> idOp = steps.claimOperation(operationId, CLAIM);
                if (idOp.isPresent()) {
                    onlinePayments.check(idOp.get());
                    asked++;
                    claimedAny = true;
                }
            }
        }
        return asked;
    }
}
