package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.boundary.InvoiceDetail;
import fr.portailfamilles.billing.boundary.InvoicePdfs;
import fr.portailfamilles.billing.boundary.InvoiceRow;
import fr.portailfamilles.billing.boundary.Invoices;
import fr.portailfamilles.billing.control.InvoicePdf;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.platform.web.RequestIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** Staff: one invoice or credit note with its lines and PDF; an invoice can be cancelled by a credit note. */
@Named
@RequestScoped
public class InvoiceDetailView {

    private static final String PAGE = "/gestion/facture.xhtml?id=";

    @Inject
    Invoices invoices;

    @Inject
    InvoicePdfs pdfs;

    private Long id;
    private InvoiceDetail detail;

    /** An unknown id is a page that does not exist. */
    public void load() throws IOException {
        if (getDetail() == null) {
            MissingPage.send();
        }
    }

    /** On a form post the page is rebuilt before the view parameter reaches this bean: the id then comes as a request parameter. */
    public InvoiceDetail getDetail() {
        if (id == null) {
            id = RequestIds.posted();
        }
        if (detail == null && id != null) {
            detail = invoices.detail(id).orElse(null);
        }
        return detail;
    }

    /** The confirmation names the invoice: its number, the guardian billed, the month and the amount. */
    public String getCancelConfirmation() {
        InvoiceRow row = getDetail().getRow();
        return Messages.text("invoices.cancelConfirm", row.getNumber(), row.getBilledName(), InvoicePdf.month(row.getMonth()),
                Euros.format(row.getTotal()));
    }

    public void cancel() throws IOException {
        if (getDetail() == null) {
            MissingPage.send();
            return;
        }
        try {
            InvoiceRow creditNote = invoices.cancel(id, Caller.name());
            Messages.infoAfterRedirect(PAGE + id, "invoices.cancelled", detail.getRow().getNumber(), creditNote.getNumber());
        } catch (ActionRefused refused) {
            Messages.errorAfterRedirect(PAGE + id, refused.messageKey(), refused.arguments());
        }
    }

    public void regeneratePdf() throws IOException {
        if (getDetail() == null) {
            MissingPage.send();
            return;
        }
        try {
            pdfs.regenerate(id, Caller.name());
            Messages.infoAfterRedirect(PAGE + id, "invoices.regenerated", detail.getRow().getNumber());
        } catch (ActionRefused refused) {
            Messages.errorAfterRedirect(PAGE + id, refused.messageKey(), refused.arguments());
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
