package fr.portailfamilles.billing.boundary;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * The staff's filters on the invoice list; a null filter keeps everything.
 *
 * @param text part of the number or of the billed guardian's name
 */
public record InvoiceSearch(YearMonth month, Listed listed, String text) implements Serializable {

    /** What billing alone knows of an invoice's standing (payments, when recorded, come on top). */
    public enum Listed {
        /** Invoices not cancelled. */
        IN_FORCE,
        CANCELLED,
        CREDIT_NOTES
    }
}
