package fr.portailfamilles.payment.boundary;

/** A payment's receipt: its file name and PDF bytes. */
public record PaymentReceipt(String fileName, byte[] content) {
}
