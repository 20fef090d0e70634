package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.InvoiceFiles;
import fr.portailfamilles.billing.control.InvoiceSheets;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Invoices as PDF documents: drawn at the first opening and kept, then served as kept, so that everyone always
 * opens the same document; staff may have one drawn again. A parent only reaches their own household's.
 */
@Stateless
public class InvoicePdfs {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceSheets sheets;

    @Inject
    InvoiceFiles files;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    /** @param householdId the parent's own household, from their account: any other household's invoice is not found */
    @RolesAllowed("PARENT")
    public Optional<InvoiceDocument> forParent(long invoiceId, long householdId) {
        return find(invoiceId).filter(invoice -> invoice.getHouseholdId() == householdId).map(this::document);
    }

    @RolesAllowed("STAFF")
    public Optional<InvoiceDocument> forStaff(long invoiceId) {
        return find(invoiceId).map(this::document);
    }

    /** Draws the PDF again from the invoice as issued and keeps it in place of the one kept ("Régénérer le PDF"). */
    @RolesAllowed("STAFF")
    public void regenerate(long invoiceId, String staff) {
        Invoice invoice = find(invoiceId).orElseThrow(() -> new ActionRefused("invoices.unknown"));
        files.replace(invoiceId, sheets.draw(invoice), clock.now());
        auditLog.record(AuditAction.INVOICE_PDF_REGENERATED, staff, invoice.getNumber(), null);
    }

    private Optional<Invoice> find(long invoiceId) {
        return Optional.ofNullable(em.find(Invoice.class, invoiceId));
    }

    private InvoiceDocument document(Invoice invoice) {
        byte[] pdf = files.storedOrDrawn(invoice.getId(), () -> sheets.draw(invoice), clock.now());
        return new InvoiceDocument(fileName(invoice), pdf);
    }

    /** "facture-2026-17.pdf", "avoir-2026-18.pdf". */
    static String fileName(Invoice invoice) {
        return (invoice.getKind() == InvoiceKind.INVOICE ? "facture-" : "avoir-") + invoice.getNumber() + ".pdf";
    }
}
