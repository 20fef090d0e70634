package fr.portailfamilles.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.portailfamilles.platform.control.ParisTime;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * The papers of the demo: those families send (a quotient attestation such as the CAF issues, a doctor's certificate)
 * and those the centre publishes (its rules, a programme d'animation, the health form).
 */
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

    static byte[] rules() {
        return pdf("Règlement intérieur de l'accueil de loisirs (démonstration)",
                "1. L'accueil de loisirs reçoit les enfants de 3 à 11 ans les mercredis et pendant les vacances scolaires.",
                "2. Les inscriptions se font dans l'espace famille, dans la limite des places et avant la date limite de chaque période.",
                "3. Une journée annulée hors délai est facturée, sauf sur certificat médical déposé dans l'espace famille.",
                "4. Les factures sont établies chaque mois et payables à l'accueil ou en ligne par carte bancaire (PayFiP).");
    }

    static byte[] programme(String activityName, LocalDate first, LocalDate last) {
        return pdf("Programme d'animation – " + activityName + " (démonstration)",
                "Du " + ParisTime.day(first) + " au " + ParisTime.day(last) + ".",
                "Matin : ateliers créatifs (peinture, modelage), éveil musical, jeux de construction.",
                "Après-midi : grands jeux dehors, sortie à la médiathèque, cuisine du goûter.",
                "Apporter une tenue adaptée au temps et une gourde.");
    }

    static byte[] healthForm() {
        return pdf("Fiche sanitaire de liaison (démonstration)",
                "Nom et prénom de l'enfant : ........................................",
                "Vaccinations, allergies, traitement en cours : ........................................",
                "Personne à prévenir en cas d'urgence : ........................................");
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
