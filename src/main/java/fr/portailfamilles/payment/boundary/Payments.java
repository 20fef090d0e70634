package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.billing.boundary.PayableInvoice;
import fr.portailfamilles.billing.boundary.PayableInvoices;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.payment.control.Allocation;
import fr.portailfamilles.payment.control.AllocationRules;
import fr.portailfamilles.payment.control.CounterPaymentRules;
import fr.portailfamilles.payment.control.OpenInvoice;
import fr.portailfamilles.payment.control.OpenInvoices;
import fr.portailfamilles.payment.control.PaymentsReceived;
import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.payment.entity.PaymentAllocation;
import fr.portailfamilles.payment.entity.PaymentDetails;
import fr.portailfamilles.payment.entity.PaymentMethod;
import fr.portailfamilles.payment.entity.PayfipOperation;
import fr.portailfamilles.payment.control.ReceiptPdf;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.control.Letterhead;
import fr.portailfamilles.platform.control.MonthlySums;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.CentreIdentity;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Payments received from households: staff record them at the counter, allocated to the household's open invoices
 * (the oldest first unless staff change the parts), the rest kept as the household's credit for later invoices; staff
 * cancel one (a cheque returned), which stays in the history while its invoices are due again. Every allocation is
 * made under a lock of the invoices it touches, so that an invoice is never paid beyond its total.
 */
@Stateless
public class Payments {

    /** How long after a payment the same one typed again on a new form is taken for a repeat. */
    private static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    OpenInvoices openInvoices;

    @Inject
    PayableInvoices payable;

    @Inject
    PaymentsReceived received;

    @Inject
    Households households;

    @Inject
    CentreIdentity centreIdentity;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    /** The household's open invoices with what each still owes: the form's allocation table. */
    @RolesAllowed("STAFF")
    public List<OpenInvoice> open(long householdId) {
        return openInvoices.of(householdId);
    }

    /** What the household's payments in force have not put on any invoice: used first when a payment is left to the default. */
    @RolesAllowed("STAFF")
    public BigDecimal creditOf(long householdId) {
        return credit(householdId);
    }

    /** The default spread: the parts a payment would put on each open invoice, the oldest first, once the credit is used. */
    @RolesAllowed("STAFF")
    public Allocation proposal(long householdId, BigDecimal amount) {
        return AllocationRules.oldestFirst(amount, afterCredit(openInvoices.of(householdId), credit(householdId)));
    }

    /**
     * Records a payment received at the counter. With no {@code parts} (the default spread) the household's credit goes
     * first on its oldest open invoices, then the payment, the oldest first. With parts (by invoice id, as staff typed
     * them) the payment goes exactly there, each part checked against what its invoice owes, and the credit is left
     * as it is. What is left of the payment is credit. A form posted again ({@code submissionKey} already recorded) is refused; two posts of it at once
     * collide on the key's unique column, see {@link #recorded(String)}.
     *
     * @param submissionKey the form's own key, made with the form; null when no form made the payment
     */
    @RolesAllowed("STAFF")
    public PaymentRow record(long householdId, PaymentDetails typed, Map<Long, BigDecimal> parts, String staff, String submissionKey) {
        PaymentDetails details = CounterPaymentRules.checked(typed, clock.today());
        if (households.names(List.of(householdId)).isEmpty()) {
            throw new ActionRefused("payments.household.unknown");
        }
        Instant now = clock.now();
        List<OpenInvoice> locked = openInvoices.lockedOf(householdId);
        // Read under the invoices' locks: a post of the same form that waited for them sees the payment it made.
        if (recorded(submissionKey)) {
            throw new ActionRefused("payments.alreadyRecorded");
        }
        refuseACashedCheque(householdId, details);
        if (submissionKey != null) {
            refuseARepeatedForm(householdId, details, now);
        }
        Allocation allocation = parts == null
                ? AllocationRules.oldestFirst(details.amount(), spendCredit(householdId, locked, now, staff))
                : AllocationRules.edited(details.amount(), locked, parts);
        Payment payment = new Payment(householdId, details, staff, now, submissionKey);
        allocation.parts().forEach((invoiceId, part) -> payment.allocate(invoiceId, part, now, staff));
        em.persist(payment);
        em.flush();
        auditLog.record(AuditAction.PAYMENT_RECORDED, staff, "payment " + payment.getId(),
                details.method() + " " + details.amount() + " household " + householdId);
        return row(payment);
    }

    /**
     * A cheque is cashed once: the same number from the same bank, in force for the household, is the same cheque
     * typed again (a form reloaded and posted again, or two staff members with the same envelope).
     */
    private void refuseACashedCheque(long householdId, PaymentDetails details) {
        if (details.method() != PaymentMethod.CHEQUE) {
            return;
        }
        em.createNamedQuery(Payment.CHEQUES_OF_HOUSEHOLD, Payment.class).setParameter("householdId", householdId)
                .setParameter("number", details.chequeNumber()).getResultStream()
                .filter(cheque -> sameBank(cheque.getChequeBank(), details.chequeBank())).findFirst()
                .ifPresent(cheque -> {
                    throw new ActionRefused("payments.cheque.alreadyRecorded", details.chequeNumber(),
                            ParisTime.day(cheque.getReceivedOn()), Euros.format(cheque.getAmount()));
                });
    }

    /**
     * The same payment typed on a form reloaded after Back (a new form, a new key): identical in everything staff
     * type, from a form, within minutes. A second payment really identical says so in its note.
     */
    private void refuseARepeatedForm(long householdId, PaymentDetails details, Instant now) {
        ofHousehold(householdId).stream()
                .filter(payment -> !payment.isCancelled() && payment.getSubmissionKey() != null
                        && payment.getRecordedAt().isAfter(now.minus(REPEAT_WINDOW))
                        && payment.getMethod() == details.method() && payment.getAmount().compareTo(details.amount()) == 0
                        && payment.getReceivedOn().equals(details.receivedOn())
                        && Objects.equals(payment.getPayerName(), details.payerName()) && Objects.equals(payment.getNote(), details.note()))
                .findFirst().ifPresent(same -> {
                    throw new ActionRefused("payments.repeated", Euros.format(same.getAmount()), ParisTime.hour(same.getRecordedAt()));
                });
    }

    private static boolean sameBank(String recorded, String typed) {
        return (recorded == null ? "" : recorded.strip()).equalsIgnoreCase(typed == null ? "" : typed.strip());
    }

    /** Whether a payment was recorded from the form with this key (false for no key). */
    @RolesAllowed("STAFF")
    public boolean recorded(String submissionKey) {
        return submissionKey != null && !em.createNamedQuery(Payment.BY_SUBMISSION_KEY, Long.class)
                .setParameter("key", submissionKey).getResultList().isEmpty();
    }

    /**
     * Cancels a payment (a cheque returned, a mistake): it stays in the household's history with the reason; neither
     * it nor its allocations count any more, so its invoices are due again.
     */
    @RolesAllowed("STAFF")
    public PaymentRow cancel(long paymentId, String reason, String staff) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new ActionRefused("payments.unknown");
        }
        if (payment.isCancelled()) {
            throw new ActionRefused("payments.cancel.already");
        }
        if (reason == null || reason.isBlank()) {
            throw new ActionRefused("payments.cancel.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new ActionRefused("payments.cancel.reason.tooLong", 500);
        }
        payment.cancel(staff, clock.now(), reason.strip());
        em.flush();
        auditLog.record(AuditAction.PAYMENT_CANCELLED, staff, "payment " + paymentId, reason.strip());
        return row(payment);
    }

    /** Puts the household's credit on its open invoices, the oldest first; returns how much was used. */
    @RolesAllowed("STAFF")
    public BigDecimal useCredit(long householdId, String staff) {
        BigDecimal before = credit(householdId);
        spendCredit(householdId, openInvoices.lockedOf(householdId), clock.now(), staff);
        BigDecimal used = before.subtract(credit(householdId));
        if (used.signum() > 0) {
            auditLog.record(AuditAction.PAYMENT_CREDIT_USED, staff, "household " + householdId, used.toPlainString());
        }
        return used;
    }

    /** The household's payments (latest first, cancelled ones included), its open invoices, credit and balance. */
    @RolesAllowed("STAFF")
    public PaymentStatement statement(long householdId) {
        return new PaymentStatement(rows(ofHousehold(householdId)), openInvoices.of(householdId), credit(householdId));
    }

    @RolesAllowed("STAFF")
    public Optional<PaymentRow> payment(long paymentId) {
        return Optional.ofNullable(em.find(Payment.class, paymentId)).map(this::row);
    }

    /** A payment's receipt as a PDF; empty for an unknown payment. */
    @RolesAllowed("STAFF")
    public Optional<PaymentReceipt> receipt(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            return Optional.empty();
        }
        Letterhead centre = centreIdentity.letterhead().orElseThrow(() -> new ActionRefused("invoices.noCentre"));
        Map<Long, PayableInvoice> paid = payable.byIds(payment.getAllocations().stream().map(PaymentAllocation::getInvoiceId)
                .distinct().toList()).stream().collect(Collectors.toMap(PayableInvoice::id, invoice -> invoice));
        List<ReceiptPdf.Part> parts = payment.getAllocations().stream().map(allocation -> new ReceiptPdf.Part(
                paid.get(allocation.getInvoiceId()).number(), paid.get(allocation.getInvoiceId()).issuedOn(), allocation.getAmount())).toList();
        String cheque = payment.getMethod() == PaymentMethod.CHEQUE
                ? Texts.french("receipt.pdf.cheque", payment.getChequeNumber(), payment.getChequeBank() == null ? "" : payment.getChequeBank())
                : null;
        String cancelled = payment.isCancelled()
                ? Texts.french("receipt.pdf.cancelled", ParisTime.day(ParisTime.dayOf(payment.getCancelledAt())), payment.getCancelReason())
                : null;
        byte[] pdf = new ReceiptPdf().render(new ReceiptPdf.Sheet(centre, payment.getId(),
                households.names(List.of(payment.getHouseholdId())).getOrDefault(payment.getHouseholdId(), ""), payment.getPayerName(),
                Texts.french("payments.method." + payment.getMethod()), cheque, payment.getAmount(), payment.getReceivedOn(),
                payment.getRecordedAt(), parts, payment.leftAsCredit(), cancelled));
        return Optional.of(new PaymentReceipt("recu-" + payment.getId() + ".pdf", pdf));
    }

    /**
     * What was received each month from {@code from} to this month, cancelled payments left out: the dashboard's
     * chart.
     */
    @RolesAllowed("STAFF")
    public Map<YearMonth, BigDecimal> collectedByMonth(YearMonth from) {
        return MonthlySums.of(from, clock.month(), em.createQuery("select p.receivedOn, sum(p.amount) from Payment p"
                        + " where p.cancelledAt is null and p.receivedOn >= :from group by p.receivedOn", Object[].class)
                .setParameter("from", from.atDay(1)).getResultList());
    }

    /** What the families still owe on their invoices: what the invoices ask less what payments in force put on them. */
    @RolesAllowed("STAFF")
    public BigDecimal unpaidBalance() {
        BigDecimal allocated = em.createQuery("select sum(a.amount) from PaymentAllocation a where a.payment.cancelledAt is null"
                        + " and a.releasedAt is null",
                BigDecimal.class).getSingleResult();
        return payable.totalInForce().subtract(allocated == null ? BigDecimal.ZERO : allocated);
    }

    /** Every invoice still owing money, the oldest first, with its household and how long it has been due. */
    @RolesAllowed("STAFF")
    public List<UnpaidInvoice> unpaidByAge() {
        List<PayableInvoice> invoices = payable.inForce();
        Map<Long, BigDecimal> paid = received.receivedOn(invoices.stream().map(PayableInvoice::id).toList());
        List<PayableInvoice> unpaid = invoices.stream()
                .filter(invoice -> invoice.total().compareTo(paid.getOrDefault(invoice.id(), BigDecimal.ZERO)) > 0).toList();
        Map<Long, String> names = households.names(unpaid.stream().map(PayableInvoice::householdId).distinct().toList());
        LocalDate today = clock.today();
        return unpaid.stream().map(invoice -> new UnpaidInvoice(invoice.id(), invoice.number(), invoice.householdId(),
                names.get(invoice.householdId()), invoice.billedName(), invoice.issuedOn(), invoice.total(),
                invoice.total().subtract(paid.getOrDefault(invoice.id(), BigDecimal.ZERO)),
                ChronoUnit.DAYS.between(invoice.issuedOn(), today))).toList();
    }

    /**
     * Mes paiements: one line per invoice each payment in force paid, and one for what it left as credit; latest first.
     *
     * @param householdId the parent's own, from their account
     */
    @RolesAllowed("PARENT")
    public List<ParentPaymentRow> forParent(long householdId) {
        List<Payment> payments = ofHousehold(householdId).stream().filter(payment -> !payment.isCancelled()).toList();
        Map<Long, String> numbers = invoiceNumbers(payments);
        List<ParentPaymentRow> rows = new ArrayList<>();
        for (Payment payment : payments) {
            String reference = payment.getPayfipOperationId() == null ? null
                    : em.find(PayfipOperation.class, payment.getPayfipOperationId()).getRefdet();
            payment.getAllocations().forEach(allocation -> rows.add(new ParentPaymentRow(numbers.get(allocation.getInvoiceId()),
                    allocation.getAmount(), payment.getMethod(), payment.getReceivedOn(), payment.getPayerName(), reference)));
            if (payment.unallocated().signum() > 0) {
                rows.add(new ParentPaymentRow(null, payment.unallocated(), payment.getMethod(), payment.getReceivedOn(),
                        payment.getPayerName(), reference));
            }
        }
        return rows;
    }

    /** What the household's payments in force have not put on any invoice. */
    BigDecimal credit(long householdId) {
        return ofHousehold(householdId).stream().map(Payment::unallocated).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Uses the credit of the household's payments, the oldest payment first, on the open invoices; returns them as they are left. */
    private List<OpenInvoice> spendCredit(long householdId, List<OpenInvoice> open, Instant now, String staff) {
        List<Payment> withCredit = em.createQuery("select p from Payment p where p.householdId = :householdId"
                        + " and p.cancelledAt is null order by p.receivedOn, p.id", Payment.class)
                .setParameter("householdId", householdId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(payment -> payment.unallocated().signum() > 0).toList();
        List<OpenInvoice> left = open;
        for (Payment payment : withCredit) {
            if (left.isEmpty()) {
                break;
            }
            Allocation allocation = AllocationRules.oldestFirst(payment.unallocated(), left);
            allocation.parts().forEach((invoiceId, part) -> payment.allocate(invoiceId, part, now, staff));
            left = reduced(left, allocation);
        }
        return left;
    }

    private static List<OpenInvoice> afterCredit(List<OpenInvoice> open, BigDecimal credit) {
        return credit.signum() > 0 ? reduced(open, AllocationRules.oldestFirst(credit, open)) : open;
    }

    private static List<OpenInvoice> reduced(List<OpenInvoice> open, Allocation allocation) {
        return open.stream()
                .map(invoice -> new OpenInvoice(invoice.invoiceId(), invoice.number(), invoice.issuedOn(), invoice.total(),
                        invoice.due().subtract(allocation.parts().getOrDefault(invoice.invoiceId(), BigDecimal.ZERO))))
                .filter(invoice -> invoice.due().signum() > 0).toList();
    }

    private List<Payment> ofHousehold(long householdId) {
        return em.createNamedQuery(Payment.FOR_HOUSEHOLD, Payment.class).setParameter("householdId", householdId).getResultList();
    }

    private List<PaymentRow> rows(List<Payment> payments) {
        Map<Long, String> numbers = invoiceNumbers(payments);
        return payments.stream().map(payment -> PaymentRow.of(payment, numbers)).toList();
    }

    private PaymentRow row(Payment payment) {
        return rows(List.of(payment)).get(0);
    }

    private Map<Long, String> invoiceNumbers(List<Payment> payments) {
        List<Long> ids = payments.stream().flatMap(payment -> payment.getAllocations().stream())
                .map(PaymentAllocation::getInvoiceId).distinct().toList();
        return payable.byIds(ids).stream().collect(Collectors.toMap(PayableInvoice::id, PayableInvoice::number));
    }
}
