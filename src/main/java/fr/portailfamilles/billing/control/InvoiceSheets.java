package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.CentreIdentity;
import fr.portailfamilles.platform.control.Letterhead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Gathers what an invoice's PDF shows (the centre, the related document, what was received) and draws it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvoiceSheets {

    @Inject
    CentreIdentity centreIdentity;

    @Inject
    CreditNotes creditNotes;

    @Inject
    Receipts receipts;

    public byte[] draw(Invoice invoice) {
        Letterhead centre = centreIdentity.letterhead().orElseThrow(() -> new ActionRefused("invoices.noCentre"));
        Optional<Invoice> counterpart = Optional.ofNullable(creditNotes.counterparts(List.of(invoice)).get(invoice.getId()));
        boolean creditNote = invoice.getKind() == InvoiceKind.CREDIT_NOTE;
        Optional<BigDecimal> received = creditNote ? Optional.empty()
                : receipts.on(List.of(invoice.getId())).map(amounts -> amounts.getOrDefault(invoice.getId(), BigDecimal.ZERO));
        return new InvoicePdf().render(new InvoiceSheet(invoice, centre,
                creditNote ? counterpart : Optional.empty(), creditNote ? Optional.empty() : counterpart, received));
    }
}
