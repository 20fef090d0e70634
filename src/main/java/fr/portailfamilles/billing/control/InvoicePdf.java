package fr.portailfamilles.billing.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.billing.entity.InvoiceLine;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.GregorianCalendar;
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

    private static final Color BRAND = new Color(0x1f, 0x4e, 0x79);
    private static final Color SHADE = new Color(0xee, 0xf2, 0xf7);
    // The standard Helvetica in the Windows encoding, which has "€", "’" and "–": with the default encoding those
    // characters fall back to an embedded font whose subset gets a random name, and no two drawings would be alike.
    private static final BaseFont REGULAR = standard(BaseFont.HELVETICA);
    private static final BaseFont BOLD_FACE = standard(BaseFont.HELVETICA_BOLD);
    private static final BaseFont ITALIC_FACE = standard(BaseFont.HELVETICA_OBLIQUE);
    private static final Font TITLE = new Font(BOLD_FACE, 18, Font.NORMAL, BRAND);
    private static final Font CENTRE = new Font(BOLD_FACE, 11);
    private static final Font HEADING = new Font(BOLD_FACE, 10, Font.NORMAL, BRAND);
    private static final Font LABEL = new Font(BOLD_FACE, 8);
    private static final Font TEXT = new Font(REGULAR, 9);
    private static final Font BOLD = new Font(BOLD_FACE, 9);
    private static final Font NOTE = new Font(ITALIC_FACE, 8, Font.NORMAL, BRAND);
    private static final Font FOOTER = new Font(REGULAR, 7, Font.NORMAL, Color.GRAY);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final float[] LINE_COLUMNS = {1.2f, 3.4f, 0.6f, 1.3f, 1.1f, 1.3f};

    private static BaseFont standard(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
        sameBytesEveryTime(writer, invoice);
        writer.setPageEvent(new Footer(text("invoice.pdf.footer", kind, invoice.getNumber())));
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

    /** The creation date and the file identifier are otherwise the moment of drawing and a random number. */
    private static void sameBytesEveryTime(PdfWriter writer, Invoice invoice) {
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(GregorianCalendar.from(invoice.getIssuedAt().atZone(ParisTime.ZONE))));
        try {
            byte[] id = MessageDigest.getInstance("MD5").digest(("invoice " + invoice.getNumber()).getBytes(StandardCharsets.UTF_8));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private PdfPTable header(InvoiceSheet sheet, String kind) {
        Invoice invoice = sheet.invoice();
        CentreHeader centre = sheet.centre();
        PdfPTable header = new PdfPTable(new float[]{1.2f, 1});
        header.setWidthPercentage(100);
        header.addCell(stacked(Element.ALIGN_LEFT, new Paragraph(centre.name(), CENTRE), new Paragraph(centre.addressLine(), TEXT),
                new Paragraph(centre.postcode() + " " + centre.town(), TEXT), new Paragraph(text("invoice.pdf.phone", centre.phone()), TEXT),
                new Paragraph(centre.email(), TEXT)));
        header.addCell(stacked(Element.ALIGN_RIGHT, new Paragraph(kind, TITLE),
                new Paragraph(text("invoice.pdf.number", invoice.getNumber()), BOLD),
                new Paragraph(text("invoice.pdf.date", ParisTime.day(invoice.getIssuedOn())), TEXT),
                new Paragraph(text("invoice.pdf.month", month(invoice.getMonth())), TEXT),
                new Paragraph(text("invoice.pdf.household", String.valueOf(invoice.getHouseholdId())), TEXT)));
        return header;
    }

    /** Lines one under the other in a borderless cell, each at its own font's spacing. */
    private static PdfPCell stacked(int alignment, Paragraph... lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (Paragraph line : lines) {
            line.setAlignment(alignment);
            line.setLeading(line.getFont().getSize() * 1.3f);
            cell.addElement(line);
        }
        return cell;
    }

    private PdfPTable billedTo(Invoice invoice) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(45);
        box.setHorizontalAlignment(Element.ALIGN_RIGHT);
        box.setSpacingBefore(14);
        box.setSpacingAfter(6);
        Paragraph address = new Paragraph(text("invoice.pdf.billedTo") + "\n", LABEL);
        address.add(new Phrase(invoice.getBilledName() + "\n", BOLD));
        address.add(new Phrase(invoice.getBilledAddress(), TEXT));
        PdfPCell cell = new PdfPCell(address);
        cell.setPadding(8);
        cell.setBorderColor(BRAND);
        box.addCell(cell);
        return box;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text, NOTE);
        note.setSpacingBefore(6);
        return note;
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
            PdfPCell cell = new PdfPCell(new Phrase(text("invoice.pdf.column." + column), LABEL));
            cell.setBackgroundColor(SHADE);
            cell.setHorizontalAlignment(column.equals("date") || column.equals("what") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setPadding(3);
            table.addCell(cell);
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
        PdfPTable totals = new PdfPTable(new float[]{2, 1});
        totals.setWidthPercentage(50);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.setSpacingBefore(12);
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

    private static void total(PdfPTable totals, String label, BigDecimal amount, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setPadding(4);
        totals.addCell(name);
        PdfPCell value = amount(amount, font);
        value.setPadding(4);
        totals.addCell(value);
    }

    private PdfPTable howToPay(Invoice invoice) {
        Paragraph how = new Paragraph(text("invoice.pdf.reference", invoice.getNumber()) + "\n", BOLD);
        how.add(new Phrase(text("invoice.pdf.howToPay") + "\n", LABEL));
        how.add(new Phrase("• " + text("invoice.pdf.payOnline") + "\n• " + text("invoice.pdf.payAtCounter"), TEXT));
        PdfPCell cell = new PdfPCell(how);
        cell.setPadding(8);
        cell.setBorderColor(BRAND);
        cell.setBackgroundColor(SHADE);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(16);
        box.addCell(cell);
        return box;
    }

    private static BigDecimal sum(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PdfPCell cell(String content, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, TEXT));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell amount(BigDecimal amount, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(Euros.format(amount), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPadding(3);
        return cell;
    }

    private static String text(String key, Object... arguments) {
        return Texts.french(key, arguments);
    }

    /** "Facture n° 2026-17 – page 2" at the foot of every page, so that a loose page still says what it belongs to. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(Texts.french("invoice.pdf.page", text, String.valueOf(writer.getPageNumber())), FOOTER),
                    (document.left() + document.right()) / 2, document.bottom() - 25, 0);
        }
    }
}
