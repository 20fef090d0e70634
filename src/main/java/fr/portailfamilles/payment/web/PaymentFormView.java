package fr.portailfamilles.payment.web;

import fr.portailfamilles.household.boundary.BillingContact;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.payment.boundary.PaymentRow;
import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.payment.control.Allocation;
import fr.portailfamilles.payment.control.AllocationRules;
import fr.portailfamilles.payment.control.CounterPaymentRules;
import fr.portailfamilles.payment.control.OpenInvoice;
import fr.portailfamilles.payment.entity.PaymentDetails;
import fr.portailfamilles.payment.entity.PaymentMethod;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staff: "Enregistrer un paiement" for a household. The amount proposes a spread over the open invoices, the oldest
 * first, which staff may change line by line before saving; what is not spread is kept as the household's credit.
 */
@Named
@ViewScoped
public class PaymentFormView implements Serializable {

    private static final String ALREADY_RECORDED = "payments.alreadyRecorded";
    /** The form's fields by the names the counter's rules give them. */
    private static final Map<String, String> FIELDS = Map.of("method", "method", "amount", "amount", "receivedOn", "received-on",
            "payerName", "payer", "chequeNumber", "cheque-number", "chequeBank", "cheque-bank", "note", "note");

    @Inject
    transient Payments payments;

    @Inject
    transient Households households;

    @Inject
    transient Clock clock;

    private Long householdId;
    private String householdName;
    private PaymentMethod method = PaymentMethod.CHEQUE;
    private BigDecimal amount;
    private LocalDate receivedOn;
    private String payerName;
    private String chequeNumber;
    private String chequeBank;
    private String note;
    private List<AllocationLine> lines = new ArrayList<>();
    /** Made with the form and kept with its payment: the same form posted again records nothing more. */
    private String submissionKey;
    private BigDecimal householdCredit = BigDecimal.ZERO;
    /** The default spread of the amount typed, the credit first; null before an amount is. */
    private Allocation proposal;

    /** An unknown household is a page that does not exist. */
    public void load() throws IOException {
        if (householdName != null) {
            return;
        }
        BillingContact contact = householdId == null ? null : households.billingContacts(List.of(householdId)).get(householdId);
        if (contact == null) {
            MissingPage.send();
            return;
        }
        householdName = contact.householdName();
        payerName = contact.guardianName();
        receivedOn = clock.today();
        submissionKey = UUID.randomUUID().toString();
        lines = payments.open(householdId).stream().map(AllocationLine::new).toList();
        householdCredit = payments.creditOf(householdId);
    }

    /** The amount typed: each open invoice gets its part, the oldest first. */
    public void propose() {
        if (amount == null) {
            return;
        }
        try {
            proposal = payments.proposal(householdId, amount);
            lines.forEach(line -> line.setPart(proposal.parts().get(line.getInvoice().invoiceId())));
        } catch (ActionRefused refused) {
            proposal = null;
            Messages.error("amount", refused.messageKey(), refused.arguments());
        }
    }

    /** What the lines leave of the payment, the household's credit; null while the amount or a part would be refused. */
    public BigDecimal getCredit() {
        try {
            return AllocationRules.edited(amount, lines.stream().map(AllocationLine::getInvoice).toList(), typedParts()).credit();
        } catch (ActionRefused notValid) {
            return null;
        }
    }

    /**
     * The household's credit, formatted, while the parts are the default spread: saved so, the credit goes first.
     * Null when there is none or staff changed the parts (their spread is kept as typed, the credit stays).
     */
    public String getCreditFirst() {
        if (householdCredit.signum() <= 0 || (proposal != null && !AllocationRules.isProposal(typedParts(), proposal))) {
            return null;
        }
        return Euros.format(householdCredit);
    }

    public void save() throws IOException {
        PaymentDetails details = new PaymentDetails(method, amount, receivedOn, payerName, chequeNumber, chequeBank, note);
        if (refusedAtFields(details)) {
            return;
        }
        try {
            PaymentRow recorded = payments.record(householdId, details, partsToRecord(), Caller.name(),
                    submissionKey);
            Messages.infoAfterRedirect(householdPage(), "payments.recorded",
                    Euros.format(recorded.amount()), Euros.format(recorded.credit()));
        } catch (ActionRefused refused) {
            if (ALREADY_RECORDED.equals(refused.messageKey())) {
                Messages.errorAfterRedirect(householdPage(), ALREADY_RECORDED);
            } else if (refused.messageKey().startsWith("payments.cheque.")) {
                Messages.error(FIELDS.get("chequeNumber"), refused.messageKey(), refused.arguments());
            } else if ("payments.repeated".equals(refused.messageKey())) {
                Messages.error(FIELDS.get("note"), refused.messageKey(), refused.arguments());
            } else {
                Messages.error(null, refused.messageKey(), refused.arguments());
            }
        } catch (EJBException failed) {
            // Two posts of this form at once: the later one collides with the payment the other recorded.
            if (!payments.recorded(submissionKey)) {
                throw failed;
            }
            Messages.errorAfterRedirect(householdPage(), ALREADY_RECORDED);
        }
    }

    /** Every field's refusal at once, each at its field (the server checks them again when recording). */
    private boolean refusedAtFields(PaymentDetails details) {
        List<CounterPaymentRules.Problem> problems = CounterPaymentRules.problems(details, clock.today());
        problems.forEach(problem -> Messages.error(FIELDS.get(problem.field()), problem.messageKey(), problem.arguments()));
        boolean refused = !problems.isEmpty();
        for (int row = 0; row < lines.size(); row++) {
            AllocationLine line = lines.get(row);
            try {
                if (line.getPart() != null) {
                    AllocationRules.checked(line.getInvoice(), line.getPart());
                }
            } catch (ActionRefused part) {
                Messages.error("allocation:" + row + ":part", part.messageKey(), part.arguments());
                refused = true;
            }
        }
        return refused;
    }

    /** The parts typed, or none when they are the default spread of the amount (then the credit goes first). */
    private Map<Long, BigDecimal> partsToRecord() {
        Map<Long, BigDecimal> typed = typedParts();
        try {
            return AllocationRules.isProposal(typed, payments.proposal(householdId, amount)) ? null : typed;
        } catch (ActionRefused invalidAmount) {
            return typed;
        }
    }

    private Map<Long, BigDecimal> typedParts() {
        Map<Long, BigDecimal> parts = new LinkedHashMap<>();
        lines.forEach(line -> parts.put(line.getInvoice().invoiceId(), line.getPart()));
        return parts;
    }

    private String householdPage() {
        return "/gestion/famille.xhtml?id=" + householdId;
    }

    public boolean isCheque() {
        return method == PaymentMethod.CHEQUE;
    }

    public PaymentMethod[] getMethods() { return PaymentMethod.atCounter(); }
    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
    public String getHouseholdName() { return householdName; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod method) { this.method = method; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getPayerName() { return payerName; }
    public void setPayerName(String payerName) { this.payerName = payerName; }
    public String getChequeNumber() { return chequeNumber; }
    public void setChequeNumber(String chequeNumber) { this.chequeNumber = chequeNumber; }
    public String getChequeBank() { return chequeBank; }
    public void setChequeBank(String chequeBank) { this.chequeBank = chequeBank; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<AllocationLine> getLines() { return lines; }

    /** One open invoice of the allocation table, with the part staff put on it. */
    public static final class AllocationLine implements Serializable {

        private final OpenInvoice invoice;
        private BigDecimal part;

        AllocationLine(OpenInvoice invoice) {
            this.invoice = invoice;
        }

        public OpenInvoice getInvoice() { return invoice; }
        public BigDecimal getPart() { return part; }
        public void setPart(BigDecimal part) { this.part = part; }
    }
}
