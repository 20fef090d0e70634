package fr.portailfamilles.testing;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/** Files a parent could send: real documents, since the portal opens what it is given before accepting it. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF saying what it stands for (a medical certificate, a CAF attestation). */
    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
