package fr.portailfamilles.billing.control;

import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.control.Texts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The e-mail telling a household that its invoice is in Mes factures: a link to the portal, no attachment. */
public final class InvoiceMail {

    /** The parents' page that lists their invoices. */
    public static final String INVOICES_PAGE = "portail/factures.xhtml";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private InvoiceMail() {
    }

    /**
     * @param portalUrl the portal's address ending with a slash, when known; without it the e-mail names the page
     */
    public static MailMessage available(String to, String guardianName, String number, YearMonth month, BigDecimal total,
                                        Optional<String> portalUrl) {
        String amount = NumberFormat.getCurrencyInstance(Locale.FRANCE).format(total);
        String where = portalUrl.map(url -> Texts.french("mail.invoiceAvailable.link", url + INVOICES_PAGE))
                .orElseGet(() -> Texts.french("mail.invoiceAvailable.noLink"));
        return new MailMessage(to, Texts.french("mail.invoiceAvailable.subject", number),
                Texts.french("mail.invoiceAvailable.body", guardianName, number, MONTH.format(month), amount, where), List.of());
    }
}
