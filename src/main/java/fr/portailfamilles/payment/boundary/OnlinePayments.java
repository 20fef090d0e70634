package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.billing.boundary.InvoiceRow;
import fr.portailfamilles.billing.boundary.Invoices;
import fr.portailfamilles.billing.control.InvoiceStatus;
import fr.portailfamilles.payment.entity.OperationInvoice;
import fr.portailfamilles.payment.entity.PayfipNotification;
import fr.portailfamilles.payment.entity.PayfipOperation;
import fr.portailfamilles.payment.payfip.PayfipAnswer;
import fr.portailfamilles.payment.payfip.PayfipClient;
import fr.portailfamilles.payment.payfip.PayfipRequest;
import fr.portailfamilles.payment.payfip.PayfipSettings;
import fr.portailfamilles.payment.payfip.PayfipUnavailable;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Paying invoices online through PayFiP: the parent's "Payer en ligne" (the invoices to pay, one or several in one
 * card payment, "Actualiser l'état des paiements de mes factures"), the page PayFiP's browser return lands on, and
 * the check of an idOp that notifications and the reconciliation ask for. Only PayFiP's own answer to
 * recupererDetailPaiementSecurise ever records a payment. No transaction here: PayFiP is called between the short
 * transactions of {@link PayfipSteps}, never while a lock is held.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OnlinePayments {

    private static final Logger LOG = Logger.getLogger(OnlinePayments.class.getName());
    private static final Set<InvoiceStatus> TO_PAY = Set.of(InvoiceStatus.DUE, InvoiceStatus.PARTLY_PAID);

    @PersistenceContext
    EntityManager em;

    @Inject
    Invoices invoices;

    @Inject
    PayfipSteps steps;

    @Inject
    PayfipClient client;

    /** IT's "Tester la connexion": PayFiP's record of the centre (recupererDetailClient), a call that changes nothing. */
    @RolesAllowed("IT")
    public String testConnection() {
        PayfipSettings settings = PayfipSettings.fromSystem();
        if (!settings.enabled()) {
            throw new ActionRefused("payments.online.off");
        }
        try {
            return String.valueOf(client.clientName(settings));
        } catch (PayfipUnavailable unavailable) {
            LOG.warning(unavailable::getMessage);
            throw new ActionRefused("payfip.test.failed", unavailable.getMessage());
        }
    }

    /** Whether online payment is offered: PayFiP's settings are complete. */
    @PermitAll
    public boolean enabled() {
        return PayfipSettings.fromSystem().enabled();
    }

    /**
     * Payer en ligne: the household's invoices still to pay, oldest first, each saying whether an online payment of it
     * is under way.
     *
     * @param householdId the parent's own, from their account
     */
    @RolesAllowed("PARENT")
    public List<PayableRow> toPay(long householdId) {
        List<InvoiceRow> due = invoices.forParent(householdId).stream().filter(row -> TO_PAY.contains(row.getStatus()))
                .sorted((a, b) -> a.getIssuedOn().compareTo(b.getIssuedOn())).toList();
        Map<Long, Object[]> underWay = due.isEmpty() ? Map.of() : em.createNamedQuery(PayfipOperation.UNDER_WAY_ON_INVOICES, Object[].class)
                .setParameter("ids", due.stream().map(InvoiceRow::getId).toList())
                .setParameter("active", PayfipOperation.State.ACTIVE).getResultStream()
                .collect(Collectors.toMap(operation -> (Long) operation[0], operation -> operation, (first, second) -> first));
        return due.stream().map(row -> Optional.ofNullable(underWay.get(row.getId()))
                .map(operation -> new PayableRow(row, (String) operation[1], (Instant) operation[2]))
                .orElseGet(() -> PayableRow.free(row))).toList();
    }

    /**
     * Starts one online payment of these invoices of the household and answers its reference, whose page sends the
     * browser on to PayFiP's (see {@link #pageOf}). The operation is stored before PayFiP is asked; a refusal, a fault or a timeout of PayFiP ends
     * it as failed and is refused with a French message, leaving the invoices free for another try.
     */
    @RolesAllowed("PARENT")
    public String pay(long householdId, Collection<Long> invoiceIds, String email, String payerName) {
        PayfipSettings settings = PayfipSettings.fromSystem();
        if (!settings.enabled()) {
            throw new ActionRefused("payments.online.off");
        }
        PayfipOperation operation = steps.open(householdId, List.copyOf(invoiceIds), email, payerName, email);
        String portal = PortailSettings.fromSystem().publicUrl().url();
        String idOp;
        try {
            idOp = client.create(settings, new PayfipRequest(operation.getExer(), email, operation.getAmountCents(),
                    operation.getObjet(), operation.getRefdet(), portal + "api/payfip/notification",
                    portal + "portail/paiement-retour.xhtml?ref=" + operation.getRefdet()));
        } catch (PayfipUnavailable unavailable) {
            LOG.warning(unavailable::getMessage);
            steps.failed(operation.getId());
            throw new ActionRefused("payments.online.unavailable");
        }
        steps.sent(operation.getId(), idOp);
        return operation.getRefdet();
    }

    /** PayFiP's page for an operation under way; empty once it has ended. */
    @RolesAllowed("PARENT")
    public Optional<String> pageOf(OperationView operation) {
        return operation.state() == PayfipOperation.State.PENDING && operation.idOp() != null
                ? Optional.of(PayfipSettings.fromSystem().pageFor(operation.idOp())) : Optional.empty();
    }

    /**
     * "Actualiser l'état des paiements de mes factures": asks PayFiP about each operation of the household under way.
     * @return how many payments this found received
     */
    @RolesAllowed("PARENT")
    public long refresh(long householdId) {
        return em.createNamedQuery(PayfipOperation.OF_HOUSEHOLD, PayfipOperation.class).setParameter("householdId", householdId)
                .getResultStream().filter(operation -> operation.getState() == PayfipOperation.State.PENDING)
                .map(PayfipOperation::getIdOp).toList().stream()
                .map(this::check).filter(outcome -> outcome == PayfipNotification.Outcome.RECORDED).count();
    }

    /**
     * The page PayFiP's return lands on: the operation as the portal knows it (the return itself proves nothing).
     * Empty for a reference of another household, or none.
     */
    @RolesAllowed("PARENT")
    public Optional<OperationView> operation(long householdId, String refdet) {
        return em.createQuery("select o from PayfipOperation o where o.refdet = :refdet and o.householdId = :householdId",
                        PayfipOperation.class).setParameter("refdet", refdet).setParameter("householdId", householdId)
                .getResultStream().findFirst().map(OnlinePayments::view);
    }

    /**
     * The page PayFiP's browser return lands on: PayFiP is asked once about the operation still under way (its
     * notification may not have arrived, or been lost), then the operation is shown as the portal knows it.
     */
    @RolesAllowed("PARENT")
    public Optional<OperationView> returnedFrom(long householdId, String refdet) {
        Optional<OperationView> known = operation(householdId, refdet);
        if (known.isEmpty() || known.get().state() != PayfipOperation.State.PENDING || known.get().idOp() == null) {
            return known;
        }
        check(known.get().idOp());
        return operation(householdId, refdet);
    }

    /** Asks PayFiP about an idOp and applies its answer (see {@link PayfipSteps#apply}); an idOp the portal never gave is not asked about. */
    @PermitAll
    public PayfipNotification.Outcome check(String idOp) {
        Optional<PayfipOperation> stored = steps.byIdOp(idOp);
        if (stored.isEmpty()) {
            LOG.warning(() -> "PayFiP: idOp " + idOp + " is not one of the portal's operations; nothing done");
            return PayfipNotification.Outcome.UNKNOWN_ID_OP;
        }
        if (!stored.get().getState().isActive()) {
            return PayfipNotification.Outcome.ALREADY_ENDED;
        }
        PayfipSettings settings = PayfipSettings.fromSystem();
        PayfipAnswer answer = client.detail(settings, idOp);
        return steps.apply(idOp, answer, settings);
    }

    private static OperationView view(PayfipOperation operation) {
        return new OperationView(operation.getRefdet(), operation.getIdOp(), operation.getState(), operation.amount(),
                operation.getInvoices().stream().map(OperationInvoice::getInvoiceId).collect(Collectors.toList()));
    }
}
