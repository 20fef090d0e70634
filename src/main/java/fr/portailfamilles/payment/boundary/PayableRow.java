package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.billing.boundary.InvoiceRow;

import java.io.Serializable;

/** A line of Payer en ligne: the invoice with the guide's columns, and whether an online payment of it is under way. */
public record PayableRow(InvoiceRow invoice, boolean underWay) implements Serializable {

    public InvoiceRow getInvoice() { return invoice; }
    public boolean isUnderWay() { return underWay; }
}
