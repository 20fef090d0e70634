package fr.portailfamilles.content.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RichTextTest {

    @Test
    void scriptsHandlersStylesAndPicturesAreDropped() {
        assertEquals("<p>Sortie au zoo</p>", RichText.cleaned("<p onclick=\"steal()\" style=\"color:red\">Sortie au zoo</p>"
                + "<script>alert(1)</script><img src=x onerror=alert(1)><iframe src=\"https://evil.test\"></iframe>"));
        assertEquals("<p><strong>Mercredi</strong> <em>13 h</em> <u>salle</u></p>",
                RichText.cleaned("<p><strong>Mercredi</strong> <em>13 h</em> <u>salle</u></p>"));
    }

    @Test
    void linksKeepOnlySafeAddressesAndOpenNothingBehindThem() {
        assertEquals("<a href=\"https://mairie.test/menu\" rel=\"noopener nofollow\">menu</a>",
                RichText.cleaned("<a href=\"https://mairie.test/menu\" target=\"_blank\">menu</a>"));
        assertEquals("<a rel=\"noopener nofollow\">clic</a>", RichText.cleaned("<a href=\"javascript:alert(1)\">clic</a>"));
    }

    @Test
    void linksTypedAsPeopleWriteThemKeepTheirAddress() {
        assertEquals("<a href=\"https://www.mairie.test/centre\" rel=\"noopener nofollow\">site</a>",
                RichText.cleaned("<a href=\"www.mairie.test/centre\">site</a>"));
        assertEquals("<a href=\"mailto:accueil@mairie.test\" rel=\"noopener nofollow\">écrire</a>",
                RichText.cleaned("<a href=\"accueil@mairie.test\">écrire</a>"));
        assertEquals("<a href=\"tel:+33123456789\" rel=\"noopener nofollow\">appeler</a>",
                RichText.cleaned("<a href=\"tel:+33123456789\">appeler</a>"));
        assertEquals("<a rel=\"noopener nofollow\">page</a>", RichText.cleaned("<a href=\"../gestion\">page</a>"));
    }

    @Test
    void theEditorsListsBecomeTheListsTheyAre() {
        assertEquals("<ul><li>goûter</li></ul>",
                RichText.cleaned("<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>goûter</li></ol>"));
        assertEquals("<ol><li>arriver</li><li>jouer</li></ol><ul><li>casquette</li></ul><ol><li>partir</li></ol>",
                RichText.cleaned("<ol><li data-list=\"ordered\">arriver</li><li data-list=\"ordered\">jouer</li>"
                        + "<li data-list=\"bullet\">casquette</li><li data-list=\"ordered\">partir</li></ol>"));
        assertEquals("<ul><li>déjà une liste</li></ul>", RichText.cleaned("<ul><li>déjà une liste</li></ul>"));
    }

    @Test
    void theTextIsWhatAReaderSees() {
        assertEquals("", RichText.text("<p><br></p>"));
        assertEquals("Sortie au zoo", RichText.text("<p><strong>Sortie</strong> au zoo</p>"));
        assertEquals("", RichText.cleaned(null));
    }
}
