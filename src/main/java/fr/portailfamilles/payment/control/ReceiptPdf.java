package fr.portailfamilles.payment.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.portailfamilles.platform.control.Letterhead;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.PdfParts;
import fr.portailfamilles.platform.control.Texts;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static fr.portailfamilles.platform.control.PdfParts.BOLD;
import static fr.portailfamilles.platform.control.PdfParts.LABEL;
import static fr.portailfamilles.platform.control.PdfParts.TEXT;
import static fr.portailfamilles.platform.control.PdfParts.TITLE;

/**
 * A payment's receipt ("reçu") as a PDF, in French, in the invoices' look: the centre, who paid how much, when and how,
 * the invoices it paid and the credit it left; a cancelled payment says so. Drawn again, it gives the same bytes.
 */
public final class ReceiptPdf {

    /** What a receipt shows. {@code cancelled} is the cancellation's day and reason, or null. */
    public record Sheet(Letterhead centre, long paymentId, String householdName, String payerName, String method, String cheque,
                        BigDecimal amount, LocalDate receivedOn, Instant recordedAt, List<Part> parts, BigDecimal credit,
                        String cancelled) {
    }

    /** The part on one invoice. */
    public record Part(String invoiceNumber, LocalDate issuedOn, BigDecimal amount) {
    }

    public byte[] render(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        String title = text("receipt.pdf.title");
        pdf.addTitle(title + " " + sheet.paymentId());
        pdf.addAuthor(sheet.centre().name());
        PdfParts.sameBytesEveryTime(writer, sheet.recordedAt(), "receipt " + sheet.paymentId());
        writer.setPageEvent(new PdfParts.Footer(text("receipt.pdf.footer", String.valueOf(sheet.paymentId()))));
        pdf.open();
        pdf.add(PdfParts.header(sheet.centre(), Texts.french("invoice.pdf.phone", sheet.centre().phone()), new Paragraph(title, TITLE),
                new Paragraph(text("receipt.pdf.number", String.valueOf(sheet.paymentId())), BOLD),
                new Paragraph(text("receipt.pdf.date", ParisTime.day(sheet.receivedOn())), TEXT)));
        pdf.add(received(sheet));
        if (sheet.cancelled() != null) {
            pdf.add(PdfParts.note(sheet.cancelled()));
        }
        if (!sheet.parts().isEmpty()) {
            pdf.add(parts(sheet.parts()));
        }
        PdfPTable totals = PdfParts.totals();
        PdfParts.total(totals, text("receipt.pdf.amount"), sheet.amount(), BOLD);
        if (sheet.credit().signum() > 0) {
            PdfParts.total(totals, text("receipt.pdf.credit"), sheet.credit(), TEXT);
        }
        pdf.add(totals);
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPTable received(Sheet sheet) {
        Paragraph what = new Paragraph(text("receipt.pdf.receivedFrom") + "\n", LABEL);
        what.add(new Phrase(sheet.householdName() + "\n", BOLD));
        if (sheet.payerName() != null) {
            what.add(new Phrase(text("receipt.pdf.payer", sheet.payerName()) + "\n", TEXT));
        }
        what.add(new Phrase(text("receipt.pdf.method", sheet.method()) + (sheet.cheque() == null ? "" : " " + sheet.cheque()), TEXT));
        PdfPTable box = PdfParts.framed(what, 60, Element.ALIGN_RIGHT, null);
        box.setSpacingBefore(14);
        box.setSpacingAfter(10);
        return box;
    }

    private static PdfPTable parts(List<Part> parts) {
        PdfPTable table = new PdfPTable(new float[]{2, 2, 1.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(PdfParts.heading(text("receipt.pdf.column.invoice"), Element.ALIGN_LEFT));
        table.addCell(PdfParts.heading(text("receipt.pdf.column.issuedOn"), Element.ALIGN_LEFT));
        table.addCell(PdfParts.heading(text("receipt.pdf.column.amount"), Element.ALIGN_RIGHT));
        for (Part part : parts) {
            table.addCell(PdfParts.cell(part.invoiceNumber(), Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(part.issuedOn() == null ? "" : ParisTime.day(part.issuedOn()), Element.ALIGN_LEFT));
            table.addCell(PdfParts.amount(part.amount(), TEXT));
        }
        return table;
    }

    private static String text(String key, Object... arguments) {
        return Texts.french(key, arguments);
    }
}
