package fr.portailfamilles.billing.control;

import static fr.portailfamilles.platform.control.PdfParts.BOLD;
import static fr.portailfamilles.platform.control.PdfParts.HEADING;
import static fr.portailfamilles.platform.control.PdfParts.LABEL;
import static fr.portailfamilles.platform.control.PdfParts.NOTE;
import static fr.portailfamilles.platform.control.PdfParts.SHADE;
import static fr.portailfamilles.platform.control.PdfParts.TEXT;
import static fr.portailfamilles.platform.control.PdfParts.TITLE;
import static fr.portailfamilles.platform.control.PdfParts.amount;
import static fr.portailfamilles.platform.control.PdfParts.cell;
import static fr.portailfamilles.platform.control.PdfParts.heading;
import static fr.portailfamilles.platform.control.PdfParts.note;
import static fr.portailfamilles.platform.control.PdfParts.total;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.billing.entity.InvoiceLine;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.PdfParts;
import fr.portailfamilles.platform.control.Texts;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An invoice or a credit note as a PDF, in French (a legal document of a French centre): the centre's header, the
 * billed guardian as issued, the lines per child with the regularisations of earlier months apart, the totals, and
 * how to pay. The same sheet always gives the same bytes: the document's date is the and its identifier
 * comes from its number, never from the moment it is drawn.
 */
public final class InvoicePdf {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final float[] LINE_COLUMNS = {1.2f, 3.4f, 0.6f, 1.3f, 1.1f, 1.3f};

    /** "octobre 2026". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public byte[] render(InvoiceSheet sheet) {
        Invoice invoice = sheet.invoice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        String kind = text(invoice.getKind() == InvoiceKind.INVOICE ? "invoice.pdf.invoice" : "invoice.pdf.creditNote");
        pdf.addTitle(kind + " " + invoice.getNumber());
        pdf.addAuthor(sheet.centre().name());
        PdfParts.sameBytesEveryTime(writer, invoice.getIssuedAt(), "invoice " + invoice.getNumber());
        writer.setPageEvent(new PdfParts.Footer(text("invoice.pdf.footer", kind, invoice.getNumber())));
        pdf.open();
        pdf.add(header(sheet, kind));
        pdf.add(billedTo(invoice));
        sheet.cancels().ifPresent(cancelled -> pdf.add(note(text("invoice.pdf.cancels", cancelled.getNumber(),
                ParisTime.day(cancelled.getIssuedOn())))));
        sheet.cancelledBy().ifPresent(creditNote -> pdf.add(note(text("invoice.pdf.cancelledBy", creditNote.getNumber(),
                ParisTime.day(creditNote.getIssuedOn())))));
        linesByChild(invoice).forEach(lines -> {
            String child = lines.get(0).getChildName();
            Paragraph heading = new Paragraph(child, HEADING);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            pdf.add(heading);
            pdf.add(lines(child, lines));
        });
        pdf.add(totals(sheet));
        if (toPay(sheet).signum() > 0) {
            pdf.add(howToPay(invoice));
        }
        pdf.close();
        return out.toByteArray();
    }

    private PdfPTable header(InvoiceSheet sheet, String kind) {
        Invoice invoice = sheet.invoice();
        return PdfParts.header(sheet.centre(), text("invoice.pdf.phone", sheet.centre().phone()), new Paragraph(kind, TITLE),
                new Paragraph(text("invoice.pdf.number", invoice.getNumber()), BOLD),
                new Paragraph(text("invoice.pdf.date", ParisTime.day(invoice.getIssuedOn())), TEXT),
                new Paragraph(text("invoice.pdf.month", month(invoice.getMonth())), TEXT),
                new Paragraph(text("invoice.pdf.household", String.valueOf(invoice.getHouseholdId())), TEXT));
    }

    private PdfPTable billedTo(Invoice invoice) {
        Paragraph address = new Paragraph(text("invoice.pdf.billedTo") + "\n", LABEL);
        address.add(new Phrase(invoice.getBilledName() + "\n", BOLD));
        address.add(new Phrase(invoice.getBilledAddress(), TEXT));
        PdfPTable box = PdfParts.framed(address, 45, Element.ALIGN_RIGHT, null);
        box.setSpacingBefore(14);
        box.setSpacingAfter(6);
        return box;
    }

    /** Each child's lines, children by name (then by id for namesakes); the name is the one issued on the lines. */
    private static List<List<InvoiceLine>> linesByChild(Invoice invoice) {
        return invoice.getLines().stream()
                .collect(Collectors.groupingBy(InvoiceLine::getChildId, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .sorted(Comparator.comparing((List<InvoiceLine> lines) -> lines.get(0).getChildName())
                        .thenComparing(lines -> lines.get(0).getChildId()))
                .toList();
    }

    private PdfPTable lines(String child, List<InvoiceLine> lines) {
        PdfPTable table = new PdfPTable(LINE_COLUMNS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : new String[]{"date", "what", "quantity", "unitPrice", "reduction", "amount"}) {
            table.addCell(heading(text("invoice.pdf.column." + column),
                    column.equals("date") || column.equals("what") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        Comparator<InvoiceLine> byDay = Comparator.comparing(InvoiceLine::getDate).thenComparing(InvoiceLine::getPosition);
        lines.stream().filter(line -> !line.isRegularisation()).sorted(byDay).forEach(line -> addLine(table, line));
        Map<YearMonth, List<InvoiceLine>> earlier = new TreeMap<>(lines.stream().filter(InvoiceLine::isRegularisation)
                .collect(Collectors.groupingBy(InvoiceLine::getMonth)));
        earlier.forEach((month, regularisations) -> {
            PdfPCell title = new PdfPCell(new Phrase(text("invoice.pdf.regularisation", month(month)), NOTE));
            title.setColspan(LINE_COLUMNS.length);
            title.setPadding(3);
            table.addCell(title);
            regularisations.stream().sorted(byDay).forEach(line -> addLine(table, line));
        });
        PdfPCell label = new PdfPCell(new Phrase(text("invoice.pdf.subtotal", child), BOLD));
        label.setColspan(LINE_COLUMNS.length - 1);
        label.setPadding(3);
        table.addCell(label);
        table.addCell(amount(sum(lines), BOLD));
        return table;
    }

    private static void addLine(PdfPTable table, InvoiceLine line) {
        table.addCell(cell(ParisTime.day(line.getDate()), Element.ALIGN_LEFT));
        table.addCell(cell(line.getLabel(), Element.ALIGN_LEFT));
        table.addCell(cell(String.valueOf(line.getQuantity()), Element.ALIGN_RIGHT));
        table.addCell(cell(Euros.format(line.getUnitPrice()), Element.ALIGN_RIGHT));
        table.addCell(cell(line.getReductionPercent().signum() == 0 ? "" : "-" + Euros.percent(line.getReductionPercent()),
                Element.ALIGN_RIGHT));
        table.addCell(amount(line.getAmount(), TEXT));
    }

    private PdfPTable totals(InvoiceSheet sheet) {
        Invoice invoice = sheet.invoice();
        PdfPTable totals = PdfParts.totals();
        if (invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
            total(totals, text("invoice.pdf.creditTotal"), invoice.getTotal(), BOLD);
            return totals;
        }
        if (sheet.cancelledBy().isPresent()) {
            total(totals, text("invoice.pdf.total"), invoice.getTotal(), BOLD);
        } else if (sheet.received().isPresent()) {
            total(totals, text("invoice.pdf.total"), invoice.getTotal(), BOLD);
            total(totals, text("invoice.pdf.alreadyPaid"), sheet.received().get(), TEXT);
            total(totals, text("invoice.pdf.stillDue"), toPay(sheet).max(BigDecimal.ZERO), BOLD);
        } else {
            total(totals, text("invoice.pdf.toPay"), invoice.getTotal(), BOLD);
        }
        return totals;
    }

    /** What the family still has to pay on this document: nothing on a credit note or a cancelled invoice. */
    private static BigDecimal toPay(InvoiceSheet sheet) {
        Invoice invoice = sheet.invoice();
        if (invoice.getKind() == InvoiceKind.CREDIT_NOTE || sheet.cancelledBy().isPresent()) {
            return BigDecimal.ZERO;
        }
        return invoice.getTotal().subtract(sheet.received().orElse(BigDecimal.ZERO));
    }

    private PdfPTable howToPay(Invoice invoice) {
        Paragraph how = new Paragraph(text("invoice.pdf.reference", invoice.getNumber()) + "\n", BOLD);
        how.add(new Phrase(text("invoice.pdf.howToPay") + "\n", LABEL));
        how.add(new Phrase("• " + text("invoice.pdf.payOnline") + "\n• " + text("invoice.pdf.payAtCounter"), TEXT));
        PdfPTable box = PdfParts.framed(how, 100, Element.ALIGN_CENTER, SHADE);
        box.setSpacingBefore(16);
        return box;
    }

    private static BigDecimal sum(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String text(String key, Object... arguments) {
        return Texts.french(key, arguments);
    }
}
