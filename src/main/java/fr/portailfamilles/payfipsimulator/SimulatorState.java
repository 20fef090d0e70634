package fr.portailfamilles.payfipsimulator;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's memory (it keeps nothing across restarts, as an idOp lives 15 minutes anyway) and how tests and
 * the demo told it to behave: what to do with notifications (send, drop, delay, repeat), whether to refuse or stall
 * the next creations, whether the payer comes back to the portal by itself, and whether to answer recupererDetailPaiementSecurise with a field that does not match.
 */
final class SimulatorState {

    enum Notifications { SEND, DROP, DELAY, REPEAT }

    enum Tamper { NONE, AMOUNT, NUMCLI, REFDET }

    static final SimulatorState INSTANCE = new SimulatorState();

    private final Map<String, SimulatedPayment> payments = new ConcurrentHashMap<>();
    volatile Notifications notifications = Notifications.SEND;
    /** For DELAY, milliseconds; for REPEAT, how many notifications at once. */
    volatile int notificationParameter;
    volatile Tamper tamper = Tamper.NONE;
    /** The refdet answered when tampering with REFDET. */
    volatile String tamperedRefdet = "PF9999999999";
    /** Whether the payer goes back to the portal only through the link of the ticket page (or never, closing it). */
    volatile boolean returnByHand;
    /** Creation: null answers, "fault" refuses with a functional fault, "slow" answers after the portal gave up. */
    volatile String creation;

    private SimulatorState() {
    }

    SimulatedPayment create(String numcli, String exer, String refdet, String montant, String mel, String objet, String saisie,
                            String urlnotif, String urlredirect) {
        SimulatedPayment payment = new SimulatedPayment(UUID.randomUUID().toString(), numcli, exer, refdet, montant, mel, objet, saisie,
                urlnotif, urlredirect);
        payments.put(payment.idOp, payment);
        return payment;
    }

    Optional<SimulatedPayment> find(String idOp) {
        return idOp == null ? Optional.empty() : Optional.ofNullable(payments.get(idOp));
    }

    void reset() {
        notifications = Notifications.SEND;
        notificationParameter = 0;
        tamper = Tamper.NONE;
        creation = null;
        returnByHand = false;
    }
}
