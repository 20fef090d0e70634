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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void loginGivesANewSessionId() {
        Http parent = Http.testServer();
        String before = parent.get("portail/accueil.xhtml").headers().firstValue("Set-Cookie").orElseThrow();

        String after = parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD).headers().firstValue("Set-Cookie").orElseThrow();

        assertTrue(before.startsWith("JSESSIONID=") && after.startsWith("JSESSIONID="), before + " / " + after);
        assertNotEquals(before.split(";")[0], after.split(";")[0], "the session id must change at login");
    }

    @Test
    void staffAndItLandOnTheDashboard() {
        for (String email : new String[]{TestServer.STAFF, TestServer.IT}) {
            Http staff = Http.testServer();
            HttpResponse<String> login = staff.login(email, TestServer.DEMO_PASSWORD);
            assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/gestion/accueil.xhtml"), email);
            HttpResponse<String> dashboard = staff.get("gestion/accueil.xhtml");
            assertEquals(200, dashboard.statusCode());
            Matcher count = Pattern.compile("id=\"household-count\">(\\d+)<").matcher(dashboard.body());
            assertTrue(count.find() && Integer.parseInt(count.group(1)) >= 20,
                    "the demo's 20 households, and those other tests opened");
        }
    }

    private static String unknownAddress() {
        return "personne." + UUID.randomUUID() + "@exemple.fr";
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessageAndTheSecurityCode() {
        HttpResponse<String> login = Http.testServer().login(unknownAddress(), "not-the-password");

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Adresse e-mail ou mot de passe incorrect."));
        assertTrue(login.body().contains("id=\"captcha-image\""), "the security code follows a failure");
        assertFalse(Http.testServer().get("connexion.xhtml").body().contains("captcha-image"),
                "another visitor is not asked for it");
    }

    @Test
    void theLoginPageDoesNotTellWhetherAnAddressFailedRecently() {
        String victim = unknownAddress();
        Http victimsBrowser = Http.testServer();
        victimsBrowser.login(victim, "not-the-password");

        Http prober = Http.testServer();
        assertFalse(prober.get("connexion.xhtml?email=" + victim).body().contains("captcha-image"),
                "an address in the link must not bring the code");
        String answer = prober.login(victim, "a-guess").body();
        assertTrue(answer.contains("recopiez le code de sécurité ci-dessous"), "the server asks the code: " + answer);
        assertFalse(answer.contains("Adresse e-mail ou mot de passe incorrect."), "no word on the password: " + answer);

        assertTrue(victimsBrowser.get("connexion.xhtml").body().contains("captcha-image"),
                "the browser where the login failed is asked the code at once");
    }

    @Test
    void aWrongSecurityCodeIsRefusedAndReplaced() {
        Http http = Http.testServer();
        String address = unknownAddress();
        String failed = http.login(address, "not-the-password").body();
        Matcher token = Pattern.compile("name=\"captcha-token\"[^>]*value=\"([^\"]+)\"").matcher(failed);
        assertTrue(token.find(), failed);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", address);
        form.put("password", "not-the-password");
        form.put("captcha", "ZZZZZ");
        form.put("captcha-token", token.group(1));
        form.put("login", "");
        String refused = http.submit(failed, "connexion.xhtml", form).body();

        assertTrue(refused.contains("Le cryptogramme de sécurité n’a pas été recopié correctement."), refused);
        assertFalse(refused.contains(token.group(1)), "a new code replaces the one answered");
    }

    @Test
    void badInputIsExplainedInFrenchNextToTheField() {
        String tooLong = "a".repeat(60) + "@" + "b".repeat(60) + ".exemple.fr".repeat(20);
        Http http = Http.testServer();

        String refused = http.login(tooLong, "whatever-password").body();
        assertTrue(refused.contains("ne peut pas dépasser 254 caractères") || refused.contains("n’est pas valide"), refused);
        assertTrue(http.login("a@exemple.fr", "x".repeat(129)).body().contains("Le mot de passe ne peut pas dépasser 128 caractères."));
        assertTrue(http.login("pas-une-adresse", "whatever-password").body().contains("n’est pas valide"));
        assertTrue(http.login("", "").body().contains("Adresse e-mail : ce champ est obligatoire."));
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
