package fr.portailfamilles.account;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access matrix: every page of each area against every role. Later areas add their pages to the lists
 * below; parent pages that take an id are listed with another household's id.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    static final List<String> PARENT_PAGES = List.of("portail/accueil.xhtml", "portail/mes-informations.xhtml",
            "portail/mes-enfants.xhtml", "portail/pre-inscrire.xhtml", "portail/inscriptions.xhtml", "portail/factures.xhtml", "portail/paiements.xhtml");
    /** Parent pages about one of the family's own children, reached with its id (404 for any other). */
    static final List<String> PARENT_CHILD_PAGES = List.of("portail/enfant-modification.xhtml?enfant=1");
    static final List<String> STAFF_PAGES = List.of("gestion/accueil.xhtml", "gestion/acces-portail.xhtml",
            "gestion/courriels.xhtml", "gestion/familles.xhtml", "gestion/demandes.xhtml", "gestion/famille-fiche.xhtml",
            "gestion/famille.xhtml?id=2", "gestion/responsable.xhtml?famille=2", "gestion/enfant.xhtml?famille=2",
            "gestion/rattacher-enfant.xhtml?famille=2", "gestion/acces-portail.xhtml?famille=2", "gestion/anonymisation.xhtml",
            "gestion/activites.xhtml", "gestion/demandes-inscription.xhtml", "gestion/remplissage.xhtml", "gestion/certificats.xhtml",
            "gestion/tarifs.xhtml", "gestion/pointage.xhtml", "gestion/factures.xhtml", "gestion/impayes.xhtml",
            "gestion/paiement.xhtml?famille=2");
    static final List<String> IT_PAGES = List.of("informatique/comptes.xhtml", "informatique/journal.xhtml",
            "informatique/parametres.xhtml", "informatique/facturation.xhtml", "informatique/payfip.xhtml",
            "informatique/identite.xhtml");
    static final List<String> ANY_ACCOUNT_PAGES = List.of("compte/mot-de-passe.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void visitorsAreSentToTheLoginPageFromEveryProtectedPage() {
        Http visitor = Http.testServer();
        for (List<String> pages : List.of(PARENT_PAGES, PARENT_CHILD_PAGES, STAFF_PAGES, IT_PAGES, ANY_ACCOUNT_PAGES)) {
            for (String page : pages) {
                HttpResponse<String> response = visitor.get(page);
                assertEquals(302, response.statusCode(), page);
                assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/connexion.xhtml"), page);
            }
        }
    }

    @Test
    void aParentReachesOnlyParentPages() {
        Http parent = loggedIn(TestServer.PARENT);
        assertStatus(parent, PARENT_PAGES, 200);
        assertStatus(parent, ANY_ACCOUNT_PAGES, 200);
        assertStatus(parent, STAFF_PAGES, 403);
        assertStatus(parent, IT_PAGES, 403);
    }

    @Test
    void staffReachStaffPagesButNeitherParentNorItPages() {
        Http staff = loggedIn(TestServer.STAFF);
        assertStatus(staff, STAFF_PAGES, 200);
        assertStatus(staff, ANY_ACCOUNT_PAGES, 200);
        assertStatus(staff, PARENT_PAGES, 403);
        assertStatus(staff, PARENT_CHILD_PAGES, 403);
        assertStatus(staff, IT_PAGES, 403);
    }

    @Test
    void itReachesStaffAndItPages() {
        Http it = loggedIn(TestServer.IT);
        assertStatus(it, STAFF_PAGES, 200);
        assertStatus(it, IT_PAGES, 200);
        assertStatus(it, PARENT_PAGES, 403);
        assertStatus(it, PARENT_CHILD_PAGES, 403);
    }

    @Test
    void anIdInTheAddressNeverShowsAnotherHousehold() {
        Http parent = loggedIn(TestServer.PARENT);
        for (String page : PARENT_PAGES) {
            for (String param : List.of("household", "id", "famille", "enfant")) {
                String body = parent.get(page + "?" + param + "=2").body();
                assertFalse(body.contains("Famille BERNARD") || body.contains("BERNARD"), page + "?" + param);
            }
        }
        assertTrue(parent.get("portail/mes-informations.xhtml?id=2").body().contains("Famille MARTIN"));
        assertEquals(403, parent.get("gestion/famille.xhtml?id=2").statusCode(), "the staff's page for a household");
    }

    @Test
    void staffPagesOfAnUnknownHouseholdOrMemberDoNotExist() {
        Http staff = loggedIn(TestServer.STAFF);
        for (String page : List.of("gestion/famille.xhtml?id=987654", "gestion/responsable.xhtml?famille=987654",
                "gestion/enfant.xhtml?famille=987654", "gestion/rattacher-enfant.xhtml?famille=987654",
                "gestion/responsable.xhtml?famille=2&id=987654", "gestion/enfant.xhtml?famille=2&id=987654",
                "gestion/paiement.xhtml?famille=987654", "gestion/paiement-annulation.xhtml?id=987654", "gestion/recu?id=987654")) {
            assertEquals(404, staff.get(page).statusCode(), page);
        }
    }

    @Test
    void authenticatedPagesAreNeverCached() {
        Http parent = loggedIn(TestServer.PARENT);
        assertEquals("no-store", parent.get("portail/accueil.xhtml").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aParentCannotPostToStaffActions() {
        Http parent = loggedIn(TestServer.PARENT);
        HttpResponse<String> post = parent.post("informatique/parametres.xhtml",
                Map.of("settings-form", "settings-form", "captcha-always_input", "on", "save", ""));
        assertEquals(403, post.statusCode());
    }

    private static Http loggedIn(String email) {
        Http http = Http.testServer();
        HttpResponse<String> login = http.login(email, TestServer.DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), "login of " + email);
        return http;
    }

    private static void assertStatus(Http http, List<String> pages, int status) {
        for (String page : pages) {
            assertEquals(status, http.get(page).statusCode(), page);
        }
    }
}
