package fr.portailfamilles.payment.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff type about a payment received: how, how much, when, who paid, and the cheque's number and bank. */
public record PaymentDetails(PaymentMethod method, BigDecimal amount, LocalDate receivedOn, String payerName,
                             String chequeNumber, String chequeBank, String note) implements Serializable {
}
