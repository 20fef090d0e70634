package fr.portailfamilles.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.portailfamilles.platform.control.ParisTime;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/** A family quotient attestation such as the CAF issues, for the demo household that sent one. */
final class DemoAttestation {

    private DemoAttestation() {
    }

    static byte[] of(String householdName, String allocataireNumber, int amount, LocalDate validFrom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(new Paragraph("Caisse d'allocations familiales – attestation de quotient familial (démonstration)",
                new Font(Font.HELVETICA, 14, Font.BOLD)));
        pdf.add(new Paragraph(householdName + " – allocataire n° " + allocataireNumber));
        pdf.add(new Paragraph("Quotient familial : " + amount + " € à compter du "
                + validFrom.format(ParisTime.DAY)));
        pdf.close();
        return out.toByteArray();
    }
}
