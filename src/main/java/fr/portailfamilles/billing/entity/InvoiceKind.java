package fr.portailfamilles.billing.entity;

/** A "facture", or an "avoir" (credit note) that cancels one. */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
