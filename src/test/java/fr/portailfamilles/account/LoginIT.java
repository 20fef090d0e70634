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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class LoginIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theDemoParentReachesTheirFamilySpace() {
        Http parent = Http.testServer();

        HttpResponse<String> login = parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);

        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/portail/accueil.xhtml"));
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        HttpResponse<String> home = parent.get("portail/accueil.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Famille MARTIN"));
    }

    @Test
    void staffAndItLandOnTheDashboard() {
        for (String email : new String[]{TestServer.STAFF, TestServer.IT}) {
            Http staff = Http.testServer();
            HttpResponse<String> login = staff.login(email, TestServer.DEMO_PASSWORD);
            assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/gestion/accueil.xhtml"), email);
            HttpResponse<String> dashboard = staff.get("gestion/accueil.xhtml");
            assertEquals(200, dashboard.statusCode());
            assertTrue(dashboard.body().contains("id=\"household-count\">20<"), "the demo has 20 households");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() {
        HttpResponse<String> login = Http.testServer().login(TestServer.PARENT, "not-the-password");

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Adresse e-mail ou mot de passe incorrect."));
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAsAWrongPassword() {
        HttpResponse<String> login = Http.testServer().login("personne@exemple.fr", "whatever-password");

        assertTrue(login.body().contains("Adresse e-mail ou mot de passe incorrect."));
    }

    @Test
    void aParentCannotOpenStaffPages() {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);

        assertEquals(403, parent.get("gestion/accueil.xhtml").statusCode());
        assertEquals(403, parent.get("informatique/").statusCode());
    }

    @Test
    void staffCannotOpenParentPages() {
        Http staff = Http.testServer();
        staff.login(TestServer.STAFF, TestServer.DEMO_PASSWORD);

        assertEquals(403, staff.get("portail/accueil.xhtml").statusCode());
    }

    @Test
    void logoutEndsTheSession() {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        String home = parent.get("portail/accueil.xhtml").body();

        HttpResponse<String> logout = parent.submit(home, "portail/accueil.xhtml", java.util.Map.of(
                "logout-form", "logout-form",
                "logout-form:logout", ""));

        assertEquals(302, logout.statusCode());
        assertEquals(302, parent.get("portail/accueil.xhtml").statusCode(), "back to the login page");
    }
}
