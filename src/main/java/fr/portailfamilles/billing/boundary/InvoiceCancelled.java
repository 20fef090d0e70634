package fr.portailfamilles.billing.boundary;

/**
 * Fired, within the transaction, when staff cancel an invoice with a credit note (the invoice's row locked): what
 * payments had put on it is the family's to use again.
 */
public record InvoiceCancelled(long invoiceId, String number, String staff) {
}
