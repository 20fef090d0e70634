package fr.portailfamilles.household.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.portailfamilles.platform.control.Letterhead;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.PdfParts;
import fr.portailfamilles.platform.control.Texts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The RGPD export as a document a family can read: the same data as the JSON file, one section per kind,
 * with labels, dates and codes put into words from the message bundle.
 */
public final class PersonalDataPdf {


    /** Codes whose words live in the bundle under a prefix, by the field that holds them. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("familySituation", "situation."), Map.entry("benefitsBody", "benefits."), Map.entry("source", "benefits."),
            Map.entry("civility", "civility."), Map.entry("relationship", "relationship."), Map.entry("status", "changes.status."),
            Map.entry("field", "field."), Map.entry("kind", "documents.kind."), Map.entry("sex", "sex."),
            Map.entry("registrationStatus", "registrations.status."), Map.entry("certificate", "registrations.certificate."),
            Map.entry("invoiceKind", "invoices.kind."), Map.entry("method", "payments.method."));

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x1f, 0x4e, 0x79));
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9);

    private final ResourceBundle bundle;

    public PersonalDataPdf(Locale locale) {
        this.bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
    }

    /** @param centre who holds the data, at the top; empty while IT has not described the centre */
    public byte[] render(JsonObject data, Instant exportedAt, Optional<Letterhead> centre) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(text("export.title"));
        pdf.open();
        centre.ifPresent(letterhead -> {
            PdfPTable header = PdfParts.header(letterhead, MessageFormat.format(text("export.centrePhone"), letterhead.phone()));
            header.setSpacingAfter(12);
            pdf.add(header);
        });
        String household = data.getJsonObject("household").getString("name");
        pdf.add(new Paragraph(text("export.title") + " – " + household, TITLE));
        pdf.add(new Paragraph(text("export.intro") + " " + exportedAt.atZone(ParisTime.ZONE).format(ParisTime.MOMENT) + ".", VALUE));
        data.forEach((section, content) -> {
            Paragraph heading = new Paragraph(label("export.section." + section), SECTION);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            pdf.add(heading);
            if (content instanceof JsonArray array) {
                if (array.isEmpty()) {
                    pdf.add(new Paragraph(text("export.none"), VALUE));
                }
                array.forEach(item -> pdf.add(table(item.asJsonObject())));
            } else {
                pdf.add(table(content.asJsonObject()));
            }
        });
        pdf.close();
        return out.toByteArray();
    }

    private PdfPTable table(JsonObject object) {
        PdfPTable table = new PdfPTable(new float[]{1, 2.6f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        object.forEach((key, value) -> {
            table.addCell(cell(label("export." + key), LABEL, new Color(0xee, 0xf2, 0xf7)));
            table.addCell(cell(words(key, value), VALUE, Color.WHITE));
        });
        return table;
    }

    private static PdfPCell cell(String content, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBackgroundColor(background);
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private String words(String key, JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> text("export.yes");
            case FALSE -> text("export.no");
            case NULL -> "";
            case NUMBER -> value.toString();
            case STRING -> code(key, ((JsonString) value).getString());
            case ARRAY -> value.asJsonArray().stream()
                    .map(item -> item.asJsonObject().entrySet().stream()
                            .map(e -> words(e.getKey(), e.getValue()))
                            .filter(s -> !s.isBlank())
                            .collect(Collectors.joining(" – ")))
                    .collect(Collectors.joining("\n"));
            case OBJECT -> value.toString();
        };
    }

    private String code(String key, String value) {
        if (value.isEmpty()) {
            return "";
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value).format(ParisTime.DAY);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            return Instant.parse(value).atZone(ParisTime.ZONE).format(ParisTime.MOMENT);
        }
        String prefix = CODES.get(key);
        return prefix != null && bundle.containsKey(prefix + value) ? bundle.getString(prefix + value) : value;
    }

    /** A label missing from the bundle shows its key rather than failing the whole export. */
    private String label(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    private String text(String key) {
        return bundle.getString(key);
    }
}
