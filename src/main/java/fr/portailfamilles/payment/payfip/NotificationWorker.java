package fr.portailfamilles.payment.payfip;

import fr.portailfamilles.payment.boundary.OnlinePayments;
import fr.portailfamilles.payment.boundary.PayfipSteps;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a stored notification away from the request that brought it: claims it (so that one node checks it), asks
 * PayFiP through {@link OnlinePayments#check}, and records the outcome. A failure leaves it unchecked: the
 * reconciliation takes it again once the claim lapses.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());
    static final Duration CLAIM = Duration.ofMinutes(2);

    @Inject
    PayfipSteps steps;

    @Inject
    OnlinePayments onlinePayments;

    @Asynchronous
    public void check(long notificationId) {
        checkNow(notificationId);
    }

    /** In the caller's thread (the reconciliation's). */
    public void checkNow(long notificationId) {
        try {
            steps.claimNotification(notificationId, CLAIM)
                    .ifPresent(idOp -> steps.notificationChecked(notificationId, onlinePayments.check(idOp)));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "PayFiP notification " + notificationId + " not checked; the reconciliation will", failed);
        }
    }
}
