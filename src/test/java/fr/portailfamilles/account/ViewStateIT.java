package fr.portailfamilles.account;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change reaches the portal only as a POST from one of its pages with that page's own view state: a forged view
 * state, a post another site (or no page) sends, or a link carrying a form's fields changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ViewStateIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aForgedOrMissingViewStateDoesNotChangeASetting() {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String page = it.get("informatique/parametres.xhtml").body();
        assertFalse(page.contains("checked=\"checked\""), "the setting starts off");

        for (String viewState : new String[]{"-1234567890:987654321", null}) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("settings-form", "settings-form");
            form.put("captcha-always_input", "on");
            form.put("staff-idle_input", "45");
            form.put("staff-idle_hinput", "45");
            form.put("retention_input", "3");
            form.put("retention_hinput", "3");
            form.put("save", "");
            if (viewState != null) {
                form.put("jakarta.faces.ViewState", viewState);
            }
            HttpResponse<String> post = it.post("informatique/parametres.xhtml", form);
            assertFalse(post.body().contains("Les paramètres ont été enregistrés."), "view state " + viewState);
            if (viewState != null) {
                assertTrue(post.body().contains("Page expirée"), "the French expired-view page");
            }
        }

        assertFalse(it.get("informatique/parametres.xhtml").body().contains("checked=\"checked\""));
        assertFalse(Http.testServer().get("connexion.xhtml").body().contains("captcha-image"));
    }

    @Test
    void theGenuineFormPostedFromAnotherSiteOrFromNoPageChangesNothing() {
        String[][] forgeries = {{"Origin", "https://site-malveillant.example"}, {"Origin", "null"},
                {"Referer", "https://site-malveillant.example/piege.html"}, {null, null}};
        for (String[] forgery : forgeries) {
            Http it = Http.testServer();
            it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
            String page = it.get("informatique/parametres.xhtml").body();
            it.namingNoOrigin();
            if (forgery[0] != null) {
                it.sending(forgery[0], forgery[1]);
            }
            HttpResponse<String> post = it.submit(page, "informatique/parametres.xhtml", captchaAlways());
            assertEquals(403, post.statusCode(), forgery[0] + ": " + forgery[1]);
            assertTrue(post.body().contains("Accès refusé"), post.body());
        }
        assertFalse(Http.testServer().get("connexion.xhtml").body().contains("captcha-image"), "nothing changed");
    }

    @Test
    void aLinkCarryingTheFormsFieldsAndViewStateChangesNothing() {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String page = it.get("informatique/parametres.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>(captchaAlways());
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        String query = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        HttpResponse<String> linked = it.get("informatique/parametres.xhtml?" + query);

        assertEquals(400, linked.statusCode());
        assertTrue(linked.body().contains("Adresse incorrecte"), linked.body());
        assertFalse(Http.testServer().get("connexion.xhtml").body().contains("captcha-image"), "nothing changed");
    }

    private static Map<String, String> captchaAlways() {
        Map<String, String> form = settings();
        form.put("captcha-always_input", "on");
        return form;
    }

    /** The settings form as shown (captcha only when needed). */
    private static Map<String, String> settings() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("settings-form", "settings-form");
        form.put("staff-idle_input", "30");
        form.put("staff-idle_hinput", "30");
        form.put("retention_input", "3");
        form.put("retention_hinput", "3");
        form.put("accounting-retention_input", "10");
        form.put("accounting-retention_hinput", "10");
        form.put("save", "");
        return form;
    }

    @Test
    void theGenuineFormStillWorks() {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String page = it.get("informatique/parametres.xhtml").body();

        HttpResponse<String> saved = it.submit(page, "informatique/parametres.xhtml", settings());

        assertTrue(saved.body().contains("Les paramètres ont été enregistrés."), saved.body());
    }
}
