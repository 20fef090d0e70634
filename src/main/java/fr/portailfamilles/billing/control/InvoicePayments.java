package fr.portailfamilles.billing.control;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * What families paid on their invoices (at the counter, online), as the area that records payments tells it: that
 * area implements this as a CDI bean, and billing finds it. Until one is deployed billing knows of no payment and says
 * nothing about one: no "Perçu", "Déjà réglé" nor amount still due, rather than a zero it does not know to be true.
 * Runs in the caller's transaction.
 */
public interface InvoicePayments {

    /** The total received per invoice among these (a batch of a few hundred, one query); an invoice with nothing received may be left out. */
    Map<Long, BigDecimal> receivedOn(Collection<Long> invoiceIds);
}
