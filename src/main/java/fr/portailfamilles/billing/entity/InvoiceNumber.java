package fr.portailfamilles.billing.entity;

/** "2026-17": the 17th invoice or credit note issued in 2026. */
public record InvoiceNumber(int year, int sequence) {

    public InvoiceNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("Invoice numbers start at 1: " + sequence);
        }
    }

    public String text() {
        return year + "-" + sequence;
    }
}
