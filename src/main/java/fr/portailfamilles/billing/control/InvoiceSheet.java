package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.platform.control.Letterhead;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an invoice's PDF shows: the invoice or credit note with its lines, the centre that issues it, the invoice a
 * credit note cancels or the credit note that cancelled an invoice, and what was received on it when an area records
 * payments (empty otherwise: the document then says nothing about payments).
 */
public record InvoiceSheet(Invoice invoice, Letterhead centre, Optional<Invoice> cancels, Optional<Invoice> cancelledBy,
                           Optional<BigDecimal> received) {
}
