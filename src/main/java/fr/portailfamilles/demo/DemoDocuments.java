package fr.portailfamilles.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.portailfamilles.platform.control.ParisTime;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/** The papers demo families send: a quotient attestation such as the CAF issues, a doctor's certificate. */
final class DemoDocuments {

    private DemoDocuments() {
    }

    static byte[] quotientAttestation(String householdName, String allocataireNumber, int amount, LocalDate validFrom) {
        return pdf("Caisse d'allocations familiales – attestation de quotient familial (démonstration)",
                householdName + " – allocataire n° " + allocataireNumber,
                "Quotient familial : " + amount + " € à compter du " + ParisTime.day(validFrom));
    }

    static byte[] medicalCertificate(String childName, LocalDate day) {
        return pdf("Certificat médical (démonstration)",
                "Je soussignée, Dr Anne LEROUX, certifie avoir examiné ce jour " + childName + ".",
                "Son état de santé ne lui permet pas de fréquenter l'accueil de loisirs le " + ParisTime.day(day) + ".");
    }

    private static byte[] pdf(String title, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(new Paragraph(title, new Font(Font.HELVETICA, 14, Font.BOLD)));
        for (String line : lines) {
            pdf.add(new Paragraph(line));
        }
        pdf.close();
        return out.toByteArray();
    }
}
