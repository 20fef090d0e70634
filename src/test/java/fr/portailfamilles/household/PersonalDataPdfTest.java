package fr.portailfamilles.household;

import fr.portailfamilles.household.control.PersonalDataPdf;
import fr.portailfamilles.platform.control.Letterhead;
import fr.portailfamilles.testing.PdfText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataPdfTest {

    @Test
    void theExportReadsInWordsNotCodes() throws IOException {
        JsonObject data = Json.createObjectBuilder()
                .add("household", Json.createObjectBuilder().add("name", "Famille MARTIN")
                        .add("familySituation", "MARRIED").add("createdAt", "2026-03-01T09:30:00Z"))
                .add("children", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("firstName", "Léa").add("birthDate", "2018-05-14").add("sex", "F").add("photosAllowed", true)
                        .add("pickups", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("name", "Jeanne DUPUIS").add("phone", "06 12 34 56 78")))))
                .add("documents", Json.createArrayBuilder())
                .build();

        String text = PdfText.of(new PersonalDataPdf(Locale.FRENCH).render(data, Instant.parse("2026-11-26T10:00:00Z"),
                Optional.of(new Letterhead("Accueil de loisirs Les P'tits Loups", "2 allée des Écoliers", "37250", "Montbazon",
                        "02 47 00 00 00", "accueil@ptits-loups.test"))));

        assertTrue(text.contains("Accueil de loisirs Les P'tits Loups") && text.contains("37250 Montbazon")
                && text.contains("Tél. 02 47 00 00 00"), "who holds the data, at the top: " + text);
        assertTrue(text.contains("Famille MARTIN"), text);
        assertTrue(text.contains("Situation familiale") && text.contains("Marié·e"), text);
        assertTrue(text.contains("01/03/2026 10:30"), "instants in Paris time: " + text);
        assertTrue(text.contains("14/05/2018") && text.contains("Fille") && text.contains("Oui"), text);
        assertTrue(text.contains("Jeanne DUPUIS – 06 12 34 56 78"), text);
        assertTrue(text.contains("Aucune donnée."), "an empty section says so: " + text);
        assertFalse(text.contains("MARRIED") || text.contains("familySituation"), text);
    }
}
