package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final Http http = Http.testServer();

    @Test
    void theHomePageIsServedAtTheRootInFrenchWithoutASession() {
        HttpResponse<String> home = http.get("");

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<title>Bienvenue sur le portail familles – Portail Familles</title>"));
        assertTrue(home.body().contains("ACCES FAMILLES"));
        assertTrue(home.body().contains("MERCREDI "), "the demo programme is listed");
        assertTrue(home.headers().firstValue("Set-Cookie").isEmpty(), "a public page must not open a session");
    }

    /** The RGAA's footer mention on every page, leading to the statement, which names the centre to contact. */
    @Test
    void everyPageLeadsToTheAccessibilityStatement() {
        assertTrue(http.get("connexion.xhtml").body().contains("href=\"/accessibilite.xhtml\">Accessibilité : non conforme</a>"));
        HttpResponse<String> statement = http.get("accessibilite.xhtml");

        assertEquals(200, statement.statusCode());
        assertTrue(statement.body().contains("<title>Déclaration d’accessibilité – Portail Familles</title>"), statement.body());
        assertTrue(statement.body().contains("déclaré non conforme"), statement.body());
        assertTrue(statement.body().contains("Défenseur des droits"), statement.body());
        assertTrue(statement.headers().firstValue("Set-Cookie").isEmpty(), "a public page must not open a session");
    }

    /** The legal notices, linked from every page: publisher, personal data with the retention IT set, no session. */
    @Test
    void everyPageLeadsToTheLegalNotices() {
        assertTrue(http.get("connexion.xhtml").body().contains("href=\"/mentions-legales.xhtml\">Mentions légales</a>"));
        HttpResponse<String> notices = http.get("mentions-legales.xhtml");

        assertEquals(200, notices.statusCode());
        assertTrue(notices.body().contains("<title>Mentions légales – Portail Familles</title>"), notices.body());
        assertTrue(notices.body().contains("Directeur ou directrice de la publication"), notices.body());
        assertTrue(notices.body().contains("depuis 3 ans est anonymisé"), "the retention the portal applies: " + notices.body());
        assertTrue(notices.body().contains("CNIL"), notices.body());
        assertTrue(notices.headers().firstValue("Set-Cookie").isEmpty(), "a public page must not open a session");
    }

    @Test
    void theLoginPageOpensNoSessionBeforeItIsPosted() {
        HttpResponse<String> login = http.get("connexion.xhtml");

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("id=\"email\""));
        assertTrue(login.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "only the form's token cookie: " + login.headers().allValues("Set-Cookie"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> home = http.get("");

        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", home.headers().firstValue("Referrer-Policy").orElse(""));
        String csp = String.join(", ", home.headers().allValues("Content-Security-Policy"));
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(!csp.contains("unsafe-eval") && !csp.contains("unsafe-inline"), csp);
    }

    @Test
    void anUnknownPageGetsTheFrenchNotFoundPage() {
        HttpResponse<String> missing = http.get("nulle-part.xhtml");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page introuvable"), missing.body());
    }

    @Test
    void englishBrowsersGetTheFrenchPagesUntilThePersonChoosesEnglish() {
        HttpResponse<String> home = http.getInLanguage("", "en-GB,en;q=0.8");

        assertTrue(home.body().contains("lang=\"fr\""), home.body());
        assertFalse(home.body().contains("Welcome to the family portal"), home.body());
    }

    @Test
    void protectedPagesSendTheVisitorToTheLoginPage() {
        HttpResponse<String> portal = http.get("portail/accueil.xhtml");

        assertEquals(302, portal.statusCode());
        assertTrue(portal.headers().firstValue("Location").orElse("").endsWith("/connexion.xhtml"));
    }
}
