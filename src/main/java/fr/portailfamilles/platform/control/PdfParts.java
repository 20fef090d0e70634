package fr.portailfamilles.platform.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
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

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * The look the centre's documents share (an invoice, a payment receipt): fonts, colours, the centre's header, cells,
 * amounts and totals, the footer on every page, and the same bytes every time a document is drawn again.
 */
public final class PdfParts {

    public static final Color BRAND = new Color(0x1f, 0x4e, 0x79);
    public static final Color SHADE = new Color(0xee, 0xf2, 0xf7);
    // The standard Helvetica in the Windows encoding, which has "€", "’" and "–": with the default encoding those
    // characters fall back to an embedded font whose subset gets a random name, and no two drawings would be alike.
    private static final BaseFont REGULAR = standard(BaseFont.HELVETICA);
    private static final BaseFont BOLD_FACE = standard(BaseFont.HELVETICA_BOLD);
    private static final BaseFont ITALIC_FACE = standard(BaseFont.HELVETICA_OBLIQUE);
    public static final Font TITLE = new Font(BOLD_FACE, 18, Font.NORMAL, BRAND);
    public static final Font CENTRE = new Font(BOLD_FACE, 11);
    public static final Font HEADING = new Font(BOLD_FACE, 10, Font.NORMAL, BRAND);
    public static final Font LABEL = new Font(BOLD_FACE, 8);
    public static final Font TEXT = new Font(REGULAR, 9);
    public static final Font BOLD = new Font(BOLD_FACE, 9);
    public static final Font NOTE = new Font(ITALIC_FACE, 8, Font.NORMAL, BRAND);
    private static final Font FOOTER = new Font(REGULAR, 7, Font.NORMAL, Color.GRAY);

    private PdfParts() {
    }

    private static BaseFont standard(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The creation date and the file identifier are otherwise the moment of drawing and a random number. */
    public static void sameBytesEveryTime(PdfWriter writer, Instant dated, String identity) {
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(GregorianCalendar.from(dated.atZone(ParisTime.ZONE))));
        try {
            byte[] id = MessageDigest.getInstance("MD5").digest(identity.getBytes(StandardCharsets.UTF_8));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    /**
     * The centre on the left (its logo when it has one, name, address, phone, e-mail), what the document is on the right.
     *
     * @param phoneLine the phone as the document words it ("Tél. 02 47 …")
     */
    public static PdfPTable header(Letterhead centre, String phoneLine, Paragraph... document) {
        PdfPTable header = new PdfPTable(new float[]{1.2f, 1});
        header.setWidthPercentage(100);
        List<Paragraph> lines = new ArrayList<>();
        lines.add(new Paragraph(centre.name(), CENTRE));
        lines.add(new Paragraph(centre.addressLine(), TEXT));
        if (!centre.addressMore().isEmpty()) {
            lines.add(new Paragraph(centre.addressMore(), TEXT));
        }
        lines.add(new Paragraph(centre.postcodeAndTown(), TEXT));
        lines.add(new Paragraph(phoneLine, TEXT));
        lines.add(new Paragraph(centre.email(), TEXT));
        PdfPCell left = borderless();
        if (centre.logo() != null) {
            left.addElement(logo(centre.logo()));
        }
        lines.forEach(line -> addLine(left, Element.ALIGN_LEFT, line));
        header.addCell(left);
        header.addCell(stacked(Element.ALIGN_RIGHT, document));
        return header;
    }

    /** The logo at most 48 points high and 160 wide, its proportions kept. */
    private static Image logo(byte[] bytes) {
        try {
            Image logo = Image.getInstance(bytes);
            logo.scaleToFit(160, 48);
            return logo;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Lines one under the other in a borderless cell, each at its own font's spacing. */
    public static PdfPCell stacked(int alignment, Paragraph... lines) {
        PdfPCell cell = borderless();
        for (Paragraph line : lines) {
            addLine(cell, alignment, line);
        }
        return cell;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static void addLine(PdfPCell cell, int alignment, Paragraph line) {
        line.setAlignment(alignment);
        line.setLeading(line.getFont().getSize() * 1.3f);
        cell.addElement(line);
    }

    /** A text in the brand's colour under what precedes it. */
    public static Paragraph note(String text) {
        Paragraph note = new Paragraph(text, NOTE);
        note.setSpacingBefore(6);
        return note;
    }

    /** A box of the given width on the right (an address), or across the page, framed in the brand's colour. */
    public static PdfPTable framed(Paragraph content, float widthPercent, int alignment, Color background) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(widthPercent);
        box.setHorizontalAlignment(alignment);
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(8);
        cell.setBorderColor(BRAND);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        box.addCell(cell);
        return box;
    }

    /** A column's heading, on the shade. */
    public static PdfPCell heading(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, LABEL));
        cell.setBackgroundColor(SHADE);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    public static PdfPCell cell(String content, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, TEXT));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    /** An amount written the French way, on the right. */
    public static PdfPCell amount(BigDecimal amount, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(Euros.format(amount), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPadding(3);
        return cell;
    }

    /** A table of totals on the right half of the page. */
    public static PdfPTable totals() {
        PdfPTable totals = new PdfPTable(new float[]{2, 1});
        totals.setWidthPercentage(50);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.setSpacingBefore(12);
        return totals;
    }

    /** A line of a table of totals: its name, its amount. */
    public static void total(PdfPTable totals, String label, BigDecimal amount, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setPadding(4);
        totals.addCell(name);
        PdfPCell value = amount(amount, font);
        value.setPadding(4);
        totals.addCell(value);
    }

    /** "Facture n° 2026-17 – page 2" at the foot of every page, so that a loose page still says what it belongs to. */
    public static final class Footer extends PdfPageEventHelper {

        private final String text;

        public Footer(String text) {
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
