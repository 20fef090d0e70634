package fr.portailfamilles.billing.boundary;

/** An invoice's PDF as stored, with the name the browser gives the file. */
public record InvoiceDocument(String fileName, byte[] content) {
}
