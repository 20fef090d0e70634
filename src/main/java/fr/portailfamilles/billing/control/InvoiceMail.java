package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.control.Texts;

import java.util.List;

/**
 * The e-mails telling a family that an invoice is on the portal, or that a credit note cancelled it: what it is, where
 * to find it, no attachment.
 */
public final class InvoiceMail {

    /** The parents' page of invoices, from the portal's address. */
    public static final String PAGE = "portail/factures.xhtml";

    private InvoiceMail() {
    }

    /**
     * @param portalAddress the portal's public address, ending with "/"
     * @param hasLogin whether the guardian logs in to the portal: one who does not is told how to get access (or paper)
     */
    public static MailMessage available(Invoice invoice, String recipient, String guardianName, String portalAddress, boolean hasLogin) {
        String link = whereToRead(portalAddress, hasLogin);
        return new MailMessage(recipient, Texts.french("mail.invoice.subject"), Texts.french("mail.invoice.body", guardianName,
                invoice.getNumber(), InvoicePdf.month(invoice.getMonth()), Euros.format(invoice.getTotal()), link), List.of());
    }

    /** @see #available */
    public static MailMessage cancelled(Invoice invoice, Invoice creditNote, String recipient, String guardianName, String portalAddress,
                                       boolean hasLogin) {
        String link = whereToRead(portalAddress, hasLogin);
        return new MailMessage(recipient, Texts.french("mail.invoiceCancelled.subject", invoice.getNumber()),
                Texts.french("mail.invoiceCancelled.body", guardianName, invoice.getNumber(), InvoicePdf.month(invoice.getMonth()),
                        creditNote.getNumber(), Euros.format(creditNote.getTotal().negate()), link), List.of());
    }

    private static String whereToRead(String portalAddress, boolean hasLogin) {
        return hasLogin ? Texts.french("mail.invoice.link", portalAddress + PAGE) : Texts.french("mail.invoice.noLogin");
    }
}
