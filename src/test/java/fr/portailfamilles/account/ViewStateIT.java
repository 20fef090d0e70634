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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A POST without the page's own view state (a forged form, a cross-site request) changes nothing. */
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
    void theGenuineFormStillWorks() {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String page = it.get("informatique/parametres.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("settings-form", "settings-form");
        form.put("staff-idle_input", "30");
        form.put("staff-idle_hinput", "30");
        form.put("retention_input", "3");
        form.put("retention_hinput", "3");
        form.put("accounting-retention_input", "10");
        form.put("accounting-retention_hinput", "10");
        form.put("save", "");

        HttpResponse<String> saved = it.submit(page, "informatique/parametres.xhtml", form);

        assertTrue(saved.body().contains("Les paramètres ont été enregistrés."), saved.body());
    }
}
