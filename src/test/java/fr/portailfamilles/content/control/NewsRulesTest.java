package fr.portailfamilles.content.control;

import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.NewsDraft;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewsRulesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Test
    void aCompleteItemMayBeSavedItsTitleStrippedAndItsTextCleaned() {
        NewsDraft draft = NewsRules.draft("  Sortie au zoo ", "<p>Départ 9 h</p><script>x()</script>", DAY, null, Audience.PUBLIC);

        assertEquals(Map.of(), NewsRules.problems(draft));
        assertEquals("Sortie au zoo", draft.title());
        assertEquals("<p>Départ 9 h</p>", draft.body());
    }

    @Test
    void eachProblemIsSaidAtItsField() {
        assertEquals(Map.of(NewsRules.TITLE, "news.required", NewsRules.BODY, "news.required", NewsRules.FROM, "news.required",
                        NewsRules.AUDIENCE, "news.required"),
                NewsRules.problems(NewsRules.draft(" ", "<p><br></p><script>only()</script>", null, null, null)));
        assertEquals(Map.of(NewsRules.TITLE, "news.title.tooLong", NewsRules.UNTIL, "news.until.beforeFrom"),
                NewsRules.problems(NewsRules.draft("T".repeat(121), "<p>texte</p>", DAY, DAY.minusDays(1), Audience.PARENTS)));
        assertEquals(Map.of(NewsRules.BODY, "news.body.tooLong"),
                NewsRules.problems(NewsRules.draft("Titre", "<p>" + "x".repeat(NewsRules.BODY_LENGTH) + "</p>", DAY, DAY, Audience.PUBLIC)));
    }
}
