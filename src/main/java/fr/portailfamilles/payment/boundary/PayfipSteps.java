package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.payment.control.OpenInvoice;
import fr.portailfamilles.payment.control.OpenInvoices;
import fr.portailfamilles.payment.entity.OperationInvoice;
import fr.portailfamilles.payment.entity.PayfipNotification;
import fr.portailfamilles.payment.entity.PayfipOperation;
import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.payment.payfip.PayfipAnswer;
import fr.portailfamilles.payment.payfip.PayfipSettings;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The database side of online payments, each step in a short transaction of its own, so that no lock is held while
 * PayFiP answers: the operation stored before the family leaves for PayFiP, its idOp, a notification stored as it
 * arrives, the claims of the reconciliation, and PayFiP's answer applied under a lock of the operation (one payment
 * per idOp, whatever the repeats; the database refuses a second anyway). Called by {@link OnlinePayments} and the
 * PayFiP resource and reconciliation, which check the caller.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PayfipSteps {

    private static final Logger LOG = Logger.getLogger(PayfipSteps.class.getName());
    private static final BigDecimal LEAST = new BigDecimal("1.00");
    private static final BigDecimal MOST = new BigDecimal("100000.00");
    private static final DateTimeFormatter DATTRANS = DateTimeFormatter.ofPattern("ddMMyyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    OpenInvoices openInvoices;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /**
     * Stores a new operation for these invoices of the household, each for what it still owes, after a lock of the
     * invoices: refused for an invoice of another household, one with nothing to pay, or one an operation under way
     * is already paying; refused below 1 € or above 100 000 € (PayFiP's limits).
     */
    public PayfipOperation open(long householdId, Collection<Long> invoiceIds, String email, String payerName, String login) {
        if (invoiceIds.isEmpty()) {
            throw new ActionRefused("payments.online.noInvoice");
        }
        Map<Long, OpenInvoice> open = openInvoices.locked(invoiceIds).stream()
                .collect(Collectors.toMap(OpenInvoice::invoiceId, Function.identity()));
        Set<Long> own = openInvoices.of(householdId).stream().map(OpenInvoice::invoiceId).collect(Collectors.toSet());
        List<OperationInvoice> parts = new ArrayList<>();
        for (long invoiceId : invoiceIds) {
            if (!own.contains(invoiceId) || !open.containsKey(invoiceId)) {
                throw new ActionRefused("payments.online.notDue");
            }
            parts.add(new OperationInvoice(invoiceId, open.get(invoiceId).due()));
        }
        if (!em.createNamedQuery(PayfipOperation.ACTIVE_ON_INVOICES, Long.class).setParameter("ids", invoiceIds)
                .setParameter("active", PayfipOperation.State.ACTIVE).getResultList().isEmpty()) {
            throw new ActionRefused("payments.online.underWay");
        }
        BigDecimal amount = parts.stream().map(OperationInvoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.compareTo(LEAST) < 0 || amount.compareTo(MOST) > 0) {
            throw new ActionRefused("payments.online.amount", Euros.format(LEAST), Euros.format(MOST));
        }
        Instant now = clock.now();
        PayfipOperation operation = new PayfipOperation(householdId, clock.today().getYear(), parts, email, payerName, login, now);
        em.persist(operation);
        operation.identify();
        em.flush();
        return operation;
    }

    /** PayFiP gave the operation its idOp: it is under way. */
    public void sent(long operationId, String idOp) {
        em.find(PayfipOperation.class, operationId, LockModeType.PESSIMISTIC_WRITE).sent(idOp);
    }

    /** PayFiP did not create it: nothing to pay, the invoices are free for another try. */
    public void failed(long operationId) {
        em.find(PayfipOperation.class, operationId, LockModeType.PESSIMISTIC_WRITE).failed(clock.now());
    }

    /** The operation as stored now, by its idOp. */
    public Optional<PayfipOperation> byIdOp(String idOp) {
        return em.createNamedQuery(PayfipOperation.BY_ID_OP, PayfipOperation.class).setParameter("idOp", idOp)
                .getResultStream().findFirst();
    }

    public long receive(String idOp) {
        PayfipNotification notification = new PayfipNotification(idOp, clock.now());
        em.persist(notification);
        em.flush();
        return notification.getId();
    }

    /** Claims a notification for this node for a while; empty when another node has it or it was checked. */
    public Optional<String> claimNotification(long notificationId, Duration duration) {
        Instant now = clock.now();
        int claimed = em.createNamedQuery(PayfipNotification.CLAIM).setParameter("claimEnds", now.plus(duration))
                .setParameter("now", now).setParameter("id", notificationId).executeUpdate();
        return claimed == 0 ? Optional.empty() : Optional.of(em.find(PayfipNotification.class, notificationId).getIdOp());
    }

    public void notificationChecked(long notificationId, PayfipNotification.Outcome outcome) {
        em.find(PayfipNotification.class, notificationId).processed(outcome, clock.now());
    }

    /** Notifications not checked a minute after they came (a node died, a worker failed). */
    public List<Long> waitingNotifications(int max) {
        Instant now = clock.now();
        return em.createNamedQuery(PayfipNotification.WAITING, Long.class).setParameter("before", now.minus(Duration.ofMinutes(1)))
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Operations under way for five minutes and more, not asked about in the last minute. */
    public List<Long> toReconcile(int max) {
        Instant now = clock.now();
        return em.createNamedQuery(PayfipOperation.TO_RECONCILE, Long.class).setParameter("active", PayfipOperation.State.ACTIVE)
                .setParameter("before", now.minus(PayfipOperation.ASKED_AFTER)).setParameter("checkedBefore", now.minus(Duration.ofMinutes(1)))
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /**
     * Claims an operation for this node's reconciliation. An operation that never got its idOp (the family never
     * reached PayFiP) is given up after 20 minutes here. Answers the idOp to ask PayFiP about, or empty.
     */
    public Optional<String> claimOperation(long operationId, Duration duration) {
        Instant now = clock.now();
        int claimed = em.createNamedQuery(PayfipOperation.CLAIM).setParameter("claimEnds", now.plus(duration))
                .setParameter("now", now).setParameter("id", operationId).setParameter("active", PayfipOperation.State.ACTIVE)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        PayfipOperation operation = em.find(PayfipOperation.class, operationId);
        em.refresh(operation);
        if (operation.getIdOp() == null) {
            if (!now.isBefore(operation.getCreatedAt().plus(PayfipOperation.GIVE_UP_AFTER))) {
                operation.expired(now);
            }
            return Optional.empty();
        }
        return Optional.of(operation.getIdOp());
    }

    /**
     * Applies PayFiP's answer about an idOp, under a lock of its operation: P or V records one payment on the
     * operation's invoices (each up to what it still owes, the rest as credit) and e-mails the payer; R, Z and A end
     * it unpaid; P5 waits (20 minutes at most), P1 ends it. An answer that does not match the operation (client
     * number, reference, amount) is logged and changes nothing.
     */
    public PayfipNotification.Outcome apply(String idOp, PayfipAnswer answer, PayfipSettings settings) {
        Optional<PayfipOperation> found = em.createNamedQuery(PayfipOperation.BY_ID_OP, PayfipOperation.class).setParameter("idOp", idOp)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (found.isEmpty()) {
            LOG.warning(() -> "PayFiP: idOp " + idOp + " is not one of the portal's operations; nothing done");
            return PayfipNotification.Outcome.UNKNOWN_ID_OP;
        }
        PayfipOperation operation = found.get();
        em.refresh(operation);
        if (!operation.getState().isActive()) {
            return PayfipNotification.Outcome.ALREADY_ENDED;
        }
        Instant now = clock.now();
        if (answer instanceof PayfipAnswer.NotKnownYet || answer instanceof PayfipAnswer.Unavailable) {
            if (answer instanceof PayfipAnswer.NotKnownYet) {
                operation.unknownYet(now);
            } else {
                operation.checked(now);
            }
            return operation.getState().isActive() ? PayfipNotification.Outcome.NOT_YET_KNOWN : PayfipNotification.Outcome.ENDED;
        }
        if (answer instanceof PayfipAnswer.UnknownOperation) {
            LOG.warning(() -> "PayFiP no longer knows idOp " + idOp + " (" + operation.getRefdet() + "): given up");
            operation.expired(now);
            return PayfipNotification.Outcome.ENDED;
        }
        PayfipAnswer.Detail detail = (PayfipAnswer.Detail) answer;
        Optional<String> mismatch = mismatch(operation, detail, settings);
        if (mismatch.isPresent()) {
            LOG.warning(() -> "PayFiP's answer about idOp " + idOp + " does not match operation " + operation.getRefdet()
                    + ": " + mismatch.get() + "; nothing recorded");
            operation.checked(now);
            return PayfipNotification.Outcome.MISMATCH;
        }
        operation.settled(detail.resultrans(), detail.numauto(), detail.dattrans() + detail.heurtrans(), now);
        if (operation.getState() != PayfipOperation.State.PAID) {
            return PayfipNotification.Outcome.ENDED;
        }
        record(operation, paidOn(detail), now);
        return PayfipNotification.Outcome.RECORDED;
    }

    private static Optional<String> mismatch(PayfipOperation operation, PayfipAnswer.Detail detail, PayfipSettings settings) {
        if (!operation.getIdOp().equals(detail.idOp())) {
            return Optional.of("idOp " + detail.idOp());
        }
        if (!settings.numcli().equals(detail.numcli())) {
            return Optional.of("numcli " + detail.numcli());
        }
        if (!operation.getRefdet().equals(detail.refdet())) {
            return Optional.of("refdet " + detail.refdet());
        }
        if (!String.valueOf(operation.getAmountCents()).equals(detail.montant())) {
            return Optional.of("montant " + detail.montant() + " for " + operation.getAmountCents());
        }
        if (detail.resultrans() == null || !detail.resultrans().matches("[PVRZA]")) {
            return Optional.of("resultrans " + detail.resultrans());
        }
        return Optional.empty();
    }

    private void record(PayfipOperation operation, LocalDate paidOn, Instant now) {
        List<Long> invoiceIds = operation.getInvoices().stream().map(OperationInvoice::getInvoiceId).toList();
        List<OpenInvoice> paid = openInvoices.locked(invoiceIds);
        Map<Long, BigDecimal> due = paid.stream().collect(Collectors.toMap(OpenInvoice::invoiceId, OpenInvoice::due));
        Payment payment = Payment.online(operation, paidOn, now);
        for (OperationInvoice part : operation.getInvoices()) {
            BigDecimal put = part.getAmount().min(due.getOrDefault(part.getInvoiceId(), BigDecimal.ZERO));
            if (put.signum() > 0) {
                payment.allocate(part.getInvoiceId(), put, now, "PayFiP");
            }
        }
        em.persist(payment);
        em.flush();
        mailer.send(new MailMessage(operation.getEmail(), Texts.french("mail.paymentReceived.subject"),
                Texts.french("mail.paymentReceived.body", Euros.format(operation.amount()), ParisTime.day(paidOn),
                        operation.getRefdet(), invoiceIds.size(), paid.stream().map(OpenInvoice::number).collect(Collectors.joining(", "))),
                List.of()));
    }

    /** The day PayFiP says the payment was made ("dattrans", DDMMYYYY); today when it says none readable. */
    private LocalDate paidOn(PayfipAnswer.Detail detail) {
        try {
            return LocalDate.parse(String.valueOf(detail.dattrans()), DATTRANS);
        } catch (DateTimeParseException unreadable) {
            return clock.today();
        }
    }
}
