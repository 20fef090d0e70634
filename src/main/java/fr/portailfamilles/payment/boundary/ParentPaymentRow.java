package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.payment.entity.PaymentMethod;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of Mes paiements, the guide's columns: Facture (none for credit kept), Perçu, Type de paiement, Date, Tiers
 * payeur; an online payment's lines carry its reference, the one its e-mail quotes.
 */
public record ParentPaymentRow(String invoiceNumber, BigDecimal amount, PaymentMethod method, LocalDate receivedOn,
                               String payerName, String reference) implements Serializable {

    public String getInvoiceNumber() { return invoiceNumber; }
    public BigDecimal getAmount() { return amount; }
    public PaymentMethod getMethod() { return method; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getPayerName() { return payerName; }
    public String getReference() { return reference; }
}
