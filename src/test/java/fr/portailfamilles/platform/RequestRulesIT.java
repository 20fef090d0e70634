package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a request may be and what it may carry, seen from outside: the smaller findings of the attack probe. */
@ExtendWith(ArquillianExtension.class)
class RequestRulesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aParameterOfTheWrongKindNamesAMissingPage() {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        HttpResponse<String> child = parent.get("portail/enfant-modification.xhtml?enfant=abc");
        assertEquals(404, child.statusCode());
        assertTrue(child.body().contains("Page introuvable"), child.body());

        assertEquals(404, StaffPages.loggedInStaff().get("gestion/famille.xhtml?id=abc").statusCode());
    }

    @Test
    void aPublicFormPostedWithoutItsNonceIsRefusedNotAFault() {
        Http visitor = Http.testServer();
        String page = visitor.get("connexion.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", "personne@exemple.fr");
        form.put("password", "peu-importe");
        form.put("login", "");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        form.put("jeton-formulaire", page.replaceAll("(?s).*name=\"jeton-formulaire\" value=\"([^\"]+)\".*", "$1"));

        HttpResponse<String> withoutNonce = visitor.post("connexion.xhtml", form);

        assertEquals(400, withoutNonce.statusCode());
        assertTrue(withoutNonce.body().contains("Page expirée"), withoutNonce.body());
    }

    @Test
    void onlyReadingAndPostingArePossible() throws Exception {
        HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.baseUri() + ""))
                .DELETE().header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, delete.statusCode());
        assertTrue(delete.body().contains("Action impossible"), delete.body());
        ErrorPagesIT.assertProtected(delete);
    }

    @Test
    void searchWildcardsAreTextAndTheLengthIsCapped() {
        Http staff = StaffPages.loggedInStaff();

        assertTrue(search(staff, "%").contains("Aucune famille ne correspond."), "% is not a wildcard");
        assertTrue(search(staff, "_").contains("Aucune famille ne correspond."), "_ is not a wildcard");
        assertTrue(search(staff, "MARTIN").contains("Famille MARTIN"), "a plain search still finds");
        String tooLong = search(staff, "MARTIN" + " ".repeat(94) + "x".repeat(4900));
        assertTrue(tooLong.contains("ce texte est trop long, 100 caractères au plus."), "refused at the field, not cut: " + tooLong);
    }

    @Test
    void directionControlsNeverReachAFamilyFile() {
        Http staff = StaffPages.loggedInStaff();
        String name = "Renard" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> form = StaffPages.newHouseholdForm(name + "\u202Eeinna", "Lou\u2066ise", "lou." + name + "@exemple.fr", "37250");
        form.put("town", "Mon\u202Dts");
        HttpResponse<String> created = staff.submit(staff.get("gestion/famille-fiche.xhtml").body(), "gestion/famille-fiche.xhtml", form);
        String household = created.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1");

        String file = staff.get("gestion/famille.xhtml?id=" + household).body();
        assertTrue(file.contains("Monts") && file.contains("Louise"), file);
        assertFalse(file.contains("\u202E") || file.contains("\u2066") || file.contains("\u202D"), "no direction control is stored");
    }

    /**
     * Staff's texts go through the same rule as the families': a refusal reason is an entry of a map, not a String
     * property, and kept a U+202E the family then read. An over-long reason is refused at its field.
     */
    @Test
    void directionControlsAreTakenOutOfStaffTextsAndLongOnesAreRefused() {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        String address = UUID.randomUUID().toString().substring(0, 8) + " rue du Refus";
        String info = parent.get(MY_INFO).body();
        parent.submitWithFile(info, MY_INFO, addressChange(address), "quotient-proof", "", new byte[0]);

        Http staff = StaffPages.loggedInStaff();
        String tooLong = refuse(staff, address, "x".repeat(501));
        assertTrue(tooLong.contains("Motif du refus : ce texte est trop long, 500 caractères au plus."), tooLong);
        refuse(staff, address, "Justificatif illisible\u202E, merci de le renvoyer");

        String answered = parent.get(MY_INFO).body();
        assertTrue(answered.contains("Justificatif illisible, merci de le renvoyer"), answered);
        assertFalse(answered.contains("\u202E"), "no direction control reaches the family");
    }

    private static final String MY_INFO = "portail/mes-informations.xhtml";

    private static Map<String, String> addressChange(String address) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("change-form", "change-form");
        form.put("address-line", address);
        form.put("postcode", "37250");
        form.put("town", "Montbazon");
        form.put("phone", "");
        form.put("situation_input", "MARRIED");
        form.put("allocataire", "");
        form.put("quotient-amount", "");
        form.put("quotient-from_input", "");
        form.put("comment", "");
        form.put("send-change", "");
        return form;
    }

    /** Refuses the waiting request that proposes this address, as the Refuser button of its row posts it. */
    private static String refuse(Http staff, String address, String reason) {
        String queue = staff.get("gestion/demandes.xhtml").body();
        Matcher row = Pattern.compile("id=\"(queue-form:pending:\\d+):reason\"")
                .matcher(queue);
        assertTrue(queue.contains(address) && row.find(queue.indexOf(address)), "the request waits for staff: " + queue);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("queue-form", "queue-form");
        form.put(row.group(1) + ":reason", reason);
        form.put(row.group(1) + ":refuse", "");
        return staff.submit(queue, "gestion/demandes.xhtml", form).body();
    }

    private static String search(Http staff, String text) {
        String list = staff.get("gestion/familles.xhtml").body();
        return staff.submit(list, "gestion/familles.xhtml", Map.of("households-form", "households-form",
                "households-form:search", text, "households-form:find", "")).body();
    }
}
