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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login CSRF: a page on another site posts the portal's login form with the attacker's credentials, so that the
 * visitor's browser ends up in the attacker's account. The login form is a stateless page: what protects it is
 * the Origin check and the token of the form, not a view state.
 */
@ExtendWith(ArquillianExtension.class)
class LoginForgeryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        Http visitor = Http.testServer().sending("Origin", "https://site-malveillant.example");
        visitor.get("connexion.xhtml");

        // All another site can put in its form: the stateless view state, and a nonce of the right shape.
        String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> forged = visitor.post("connexion.xhtml", loginForm(Map.of(
                "jakarta.faces.ViewState", "stateless", "primefaces.nonce", nonce)));

        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("Accès refusé"), forged.body());
        assertNotLoggedIn(visitor);
    }

    @Test
    void theOtherPublicFormsRefuseAnotherSiteToo() {
        for (String[] form : new String[][]{{"mot-de-passe-oublie.xhtml", "forgot-form"}, {"reinitialisation.xhtml?jeton=x", "reset-form"}}) {
            Http visitor = Http.testServer().sending("Origin", "https://site-malveillant.example");
            String page = visitor.get(form[0]).body();
            HttpResponse<String> forged = visitor.submit(page, form[0], Map.of(form[1], form[1], "email", TestServer.PARENT));
            assertEquals(403, forged.statusCode(), form[0]);
        }
    }

    @Test
    void theFormsTokenTravelsInAStrictCookieThatNoOtherSiteSends() {
        HttpResponse<String> page = Http.testServer().get("connexion.xhtml");
        String cookie = page.headers().allValues("set-cookie").stream()
                .filter(value -> value.startsWith("portail-formulaire=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void aLoginPostedWithoutTheFormsTokenIsRefused() {
        Http visitor = Http.testServer();
        String page = visitor.get("connexion.xhtml").body();
        Map<String, String> state = Map.of("jakarta.faces.ViewState", Http.viewState(page));

        HttpResponse<String> withoutToken = visitor.post("connexion.xhtml", loginForm(state));
        assertEquals(400, withoutToken.statusCode());
        assertTrue(withoutToken.body().contains("Page expirée"), withoutToken.body());

        Map<String, String> madeUp = new LinkedHashMap<>(state);
        madeUp.put("jeton-formulaire", "abc.def");
        assertEquals(400, visitor.post("connexion.xhtml", loginForm(madeUp)).statusCode());
        assertNotLoggedIn(visitor);
    }

    @Test
    void aReferringPageOfAnotherSiteIsRefusedAndThePortalsOwnAccepted() {
        Http elsewhere = Http.testServer().namingNoOrigin().sending("Referer", "https://site-malveillant.example/piege.html");
        String page = elsewhere.get("connexion.xhtml").body();
        assertEquals(403, elsewhere.submit(page, "connexion.xhtml", loginForm(Map.of())).statusCode());

        Http portal = Http.testServer().namingNoOrigin().sending("Referer", TestServer.baseUri() + "connexion.xhtml");
        page = portal.get("connexion.xhtml").body();
        HttpResponse<String> login = portal.submit(page, "connexion.xhtml", loginForm(Map.of()));
        assertEquals(302, login.statusCode(), login.body());
        assertEquals(200, portal.get("portail/accueil.xhtml").statusCode());
    }

    private static Map<String, String> loginForm(Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", TestServer.PARENT);
        form.put("password", TestServer.DEMO_PASSWORD);
        form.put("login", "");
        form.putAll(extra);
        return form;
    }

    private static void assertNotLoggedIn(Http visitor) {
        assertEquals(302, visitor.get("portail/accueil.xhtml").statusCode(), "the visitor must not be logged in");
    }
}
