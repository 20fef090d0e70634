package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.Mailbox;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestServer;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests that claim another Host (an attacker asking a reset for a victim, so that the victim's link leads to
 * the attacker's site) build nothing from it: e-mails and redirects name the portal's own address, which on the
 * demo test server is http://localhost on its port.
 */
@ExtendWith(ArquillianExtension.class)
class PublicAddressIT {

    private static final String FORGED_HOST = "attaquant.example";
    private static final String PORTAL = TestServer.baseUri().toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aResetAskedWithAForgedHostLinksToThePortalOnly() throws Exception {
        try (Mailbox mailbox = Mailbox.start()) {
            String email = newGuardianEmail();
            openAccount(StaffPages.loggedInStaff(), email);
            mailbox.await(email, "Ouverture de votre compte");

            Http attacker = Http.testServer().sending("Host", FORGED_HOST);
            String page = attacker.get("mot-de-passe-oublie.xhtml").body();
            attacker.submit(page, "mot-de-passe-oublie.xhtml", Map.of("forgot-form", "forgot-form", "email", email, "send", ""));

            MimeMessage reset = mailbox.await(email, "Choisir un nouveau mot de passe");
            String link = Mailbox.find(reset, "(\\S+reinitialisation\\.xhtml\\?jeton=\\S+)");
            assertTrue(link.startsWith(PORTAL + "reinitialisation.xhtml?jeton="), link);
            assertFalse(Mailbox.body(reset).contains(FORGED_HOST));
        }
    }

    @Test
    void anAccountOpenedWithAForgedHostNamesThePortalOnly() throws Exception {
        try (Mailbox mailbox = Mailbox.start()) {
            String email = newGuardianEmail();
            openAccount(StaffPages.loggedInStaff().sending("Host", FORGED_HOST), email);

            MimeMessage opening = mailbox.await(email, "Ouverture de votre compte");
            assertTrue(Mailbox.body(opening).contains("Adresse du portail : " + PORTAL), Mailbox.body(opening));
            assertFalse(Mailbox.body(opening).contains(FORGED_HOST));
        }
    }

    private static String newGuardianEmail() {
        return "adele." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    /** Staff open a new household, then its guardian's portal access (the page's ajax button). */
    private static void openAccount(Http staff, String email) {
        String household = StaffPages.createHousehold(staff, "Perrin", "Adèle", email);
        String path = "gestion/acces-portail.xhtml?famille=" + household;
        Map<String, String> open = new LinkedHashMap<>();
        open.put("jakarta.faces.partial.ajax", "true");
        open.put("jakarta.faces.source", "access-form:guardians:0:open");
        open.put("jakarta.faces.partial.execute", "access-form:guardians:0:open");
        open.put("jakarta.faces.partial.render", "access-form");
        open.put("access-form:guardians:0:open", "access-form:guardians:0:open");
        open.put("access-form", "access-form");
        String answer = staff.submit(staff.get(path).body(), path, open).body();
        assertTrue(answer.contains(email), answer);
    }

    @Test
    void redirectsNameThePortalWhateverTheHost() {
        HttpResponse<String> toLogin = Http.testServer().sending("Host", FORGED_HOST).get("portail/accueil.xhtml");

        assertEquals(302, toLogin.statusCode());
        assertEquals(PORTAL + "connexion.xhtml", toLogin.headers().firstValue("Location").orElse(""));
    }
}
