package fr.portailfamilles.household;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff open a family file and edit it; bad input and concurrent edits lose nothing. */
@ExtendWith(ArquillianExtension.class)
class HouseholdEditingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffOpenAFileThenTwoEditorsCannotOverwriteEachOther() {
        Http staff = Http.testServer();
        staff.login(TestServer.STAFF, TestServer.DEMO_PASSWORD);

        Map<String, String> file = newFile("ABCDE");
        String refused = staff.submit(staff.get("gestion/famille-fiche.xhtml").body(), "gestion/famille-fiche.xhtml", file).body();
        assertTrue(refused.contains("Le code postal doit comporter 5 chiffres."), refused);
        assertFalse(staff.get("gestion/familles.xhtml").body().contains("Famille LEBRUN"), "nothing saved");

        HttpResponse<String> created = staff.submit(staff.get("gestion/famille-fiche.xhtml").body(), "gestion/famille-fiche.xhtml", newFile("37260"));
        assertEquals(302, created.statusCode(), created.body());
        String detailPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/gestion/", "gestion/");
        String detail = staff.get(detailPath).body();
        assertTrue(detail.contains("<h1>Famille LEBRUN</h1>") && detail.contains("Élise") && detail.contains("tiers facturé"), detail);
        assertTrue(detail.contains("La fiche de la famille a été enregistrée."));
        String editPath = detailPath.replace("famille.xhtml", "famille-fiche.xhtml");

        Http colleague = Http.testServer();
        colleague.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String mine = staff.get(editPath).body();
        String theirs = colleague.get(editPath).body();

        assertEquals(302, staff.submit(mine, editPath, edit("02 47 11 22 33")).statusCode());
        String lost = colleague.submit(theirs, editPath, edit("02 47 99 99 99")).body();
        assertTrue(lost.contains("Un autre membre de l’équipe a modifié cette fiche"), lost);

        String after = staff.get(detailPath).body();
        assertTrue(after.contains("02 47 11 22 33") && !after.contains("02 47 99 99 99"), "the first save stays");
        assertTrue(after.contains("Historique des modifications") && after.contains(TestServer.STAFF), "the change is logged");
    }

    @Test
    void staffRecordANewFamilyQuotientThatEndsThePreviousOne() {
        Http staff = StaffPages.loggedInStaff();
        String id = StaffPages.householdId(staff, "Famille DURAND");
        String path = "gestion/famille.xhtml?id=" + id;

        Map<String, String> form = new LinkedHashMap<>();
        form.put("quotient-form", "quotient-form");
        form.put("qf-amount", "1050");
        int nextYear = TestClock.today().getYear() + 1;
        form.put("qf-from_input", "01/01/" + nextYear);
        form.put("qf-source_input", "CAF");
        form.put("qf-save", "");
        form.put("id", id);
        HttpResponse<String> saved = staff.submit(staff.get(path).body(), path, form);
        assertEquals(302, saved.statusCode(), saved.body());

        String page = staff.get(path).body();
        assertTrue(page.matches("(?s).*1(\\D|&#\\d+;)?050 €.*") && page.contains("31/12/" + (nextYear - 1)),
                "the new value, written French-style, and the previous one ending the day before");
        String card = page.substring(page.indexOf("id=\"household-quotient\""), page.indexOf("</dd>", page.indexOf("id=\"household-quotient\"")));
        assertTrue(card.contains("(depuis le ") && !card.contains("(depuis le 01/01/" + nextYear),
                "the card shows the quotient in force today, not the one to come: " + card);
        assertTrue(card.matches("(?s).*puis 1(\\D|&#\\d+;)?050 € à partir du 01/01/" + nextYear + ".*"), "then the one to come: " + card);

        form.put("qf-amount", "-5");
        assertTrue(staff.submit(staff.get(path).body(), path, form).body().contains("entre 0 et 99 999 €"));

        form.put("qf-amount", "990");
        form.put("qf-from_input", "31/02/" + (nextYear + 1));
        String impossible = staff.submit(staff.get(path).body(), path, form).body();
        assertTrue(impossible.contains("Valable à partir du : « 31/02/" + (nextYear + 1) + " » n’est pas une date du calendrier."), impossible);
        assertFalse(staff.get(path).body().contains("990 €"), "nothing is recorded, not even on the 28th");
    }

    private static Map<String, String> newFile(String postcode) {
        return StaffPages.newHouseholdForm("Lebrun", "Élise", "elise.lebrun@exemple.fr", postcode);
    }

    private static Map<String, String> edit(String phone) {
        return StaffPages.householdDetailsForm("elise.lebrun@exemple.fr", "37260", phone);
    }
}
