package fr.portailfamilles.content.control;

import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.InfoDocumentDraft;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfoRulesTest {

    @Test
    void aPageNeedsATitleAndWordsNotOnlyMarkup() {
        Map<String, String> problems = InfoRules.problems(InfoRules.page("  ", "<p><br></p>", null));
        assertEquals(Map.of("page-title", "info.required", "page-body", "info.required", "page-audience", "info.required"), problems);
        assertEquals(Map.of("page-title", "info.title.tooLong"),
                InfoRules.problems(InfoRules.page("x".repeat(121), "<p>Horaires</p>", Audience.PUBLIC)));
        assertTrue(InfoRules.problems(InfoRules.page(" Horaires ", "<p>De 7 h 30 à 18 h 30</p>", Audience.PARENTS)).isEmpty());
    }

    @Test
    void aPageIsCleanedBeforeItIsChecked() {
        assertEquals("<p>Venez</p>", InfoRules.page("Horaires", "<p onclick=\"x()\">Venez<script>alert(1)</script></p>", Audience.PUBLIC).body());
        assertEquals(Map.of("page-body", "info.required"),
                InfoRules.problems(InfoRules.page("Horaires", "<script>alert(1)</script>", Audience.PUBLIC)), "nothing left to read");
    }

    @Test
    void aPeriodWithoutItsActivityIsNoProgramme() {
        InfoDocumentDraft draft = InfoRules.document(" Règlement ", null, 12L, Audience.PUBLIC);
        assertEquals("Règlement", draft.title());
        assertNull(draft.periodId());
        assertNull(draft.activityId());
        assertEquals(Map.of("document-title", "info.required"), InfoRules.problems(InfoRules.document("", 3L, 12L, Audience.PUBLIC)));
    }

    @Test
    void onlyAPdfThatOpensIsTaken() {
        assertDoesNotThrow(() -> InfoRules.checkPdf(TestFiles.pdf("Programme")));
        assertEquals("info.file.type", assertThrows(ActionRefused.class,
                () -> InfoRules.checkPdf("%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII))).messageKey());
        assertEquals("info.file.type", assertThrows(ActionRefused.class, () -> InfoRules.checkPdf(TestFiles.png(10, 10))).messageKey());
        assertEquals("info.file.tooLarge", assertThrows(ActionRefused.class,
                () -> InfoRules.checkPdf(new byte[InfoRules.FILE_BYTES + 1])).messageKey());
    }
}
