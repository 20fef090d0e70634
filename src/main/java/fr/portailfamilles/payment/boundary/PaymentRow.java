package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.payment.entity.PaymentMethod;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A payment as staff read it: its details, who recorded and who cancelled it, the invoices it was put on and what it
 * left as credit (for a cancelled payment, what it was: neither counts any more).
 */
public record PaymentRow(long id, long householdId, PaymentMethod method, BigDecimal amount, LocalDate receivedOn, String payerName,
                         String chequeNumber, String chequeBank, String note, String recordedBy, Instant recordedAt,
                         String cancelledBy, Instant cancelledAt, String cancelReason, List<Part> parts, BigDecimal credit)
        implements Serializable {

    /** Its part on one invoice, named by the invoice's number. */
    public record Part(long invoiceId, String invoiceNumber, BigDecimal amount) implements Serializable {
    }

    static PaymentRow of(Payment payment, Map<Long, String> invoiceNumbers) {
        return new PaymentRow(payment.getId(), payment.getHouseholdId(), payment.getMethod(), payment.getAmount(), payment.getReceivedOn(),
                payment.getPayerName(), payment.getChequeNumber(), payment.getChequeBank(), payment.getNote(),
                payment.getRecordedBy(), payment.getRecordedAt(), payment.getCancelledBy(), payment.getCancelledAt(),
                payment.getCancelReason(),
                payment.getAllocations().stream().map(allocation -> new Part(allocation.getInvoiceId(),
                        invoiceNumbers.get(allocation.getInvoiceId()), allocation.getAmount())).toList(),
                payment.leftAsCredit());
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    // Getters for the pages' expressions.
    public long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public PaymentMethod getMethod() { return method; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getPayerName() { return payerName; }
    public String getChequeNumber() { return chequeNumber; }
    public String getChequeBank() { return chequeBank; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getCancelReason() { return cancelReason; }
    public List<Part> getParts() { return parts; }
    public BigDecimal getCredit() { return credit; }
}
