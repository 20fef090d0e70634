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

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages reached through a failure keep every security header of the others (the server's, which a failing page
 * used to lose), are never cached although they show who is logged in, and a page Faces cannot trust is the
 * visitor's error (400), not the server's (500).
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aFailingPageKeepsTheHeadersAndIsNotCached() {
        Http staff = StaffPages.loggedInStaff();

        HttpResponse<String> failed = staff.get("test-echec"); // testing/FailingPage

        assertEquals(500, failed.statusCode());
        assertTrue(failed.body().contains("Une erreur est survenue"), failed.body());
        assertProtected(failed);
        assertTrue(failed.body().contains("user-name"), "the error page shows who is logged in");
    }

    @Test
    void aForgedViewStateIsARefusedRequestWithTheHeaders() {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        it.get("informatique/parametres.xhtml");

        HttpResponse<String> forged = it.post("informatique/parametres.xhtml", Map.of("settings-form", "settings-form",
                "save", "", "jakarta.faces.ViewState", "-1234567890:987654321"));

        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("Page expirée"), forged.body());
        assertProtected(forged);
    }

    @Test
    void everyErrorTheVisitorCanCauseCarriesTheHeaders() {
        Http staff = StaffPages.loggedInStaff();
        for (String path : List.of("nulle-part.xhtml", "WEB-INF/web.xml", "jakarta.faces.resource/absent.css.xhtml?ln=portail")) {
            HttpResponse<String> missing = staff.get(path);
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.body().contains("Page introuvable"), path + ": " + missing.body());
            assertProtected(missing);
        }
    }

    static void assertProtected(HttpResponse<String> response) {
        String where = response.uri() + " " + response.statusCode();
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), where + ": " + policies);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), where);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), where);
    }
}
