package fr.portailfamilles.content;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestFiles;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Informations pratiques against forged posts: scripts cleaned from pages before storage, a file that is no PDF
 * refused at its field with nothing saved, the families' documents kept to them, the staff page to staff.
 */
@ExtendWith(ArquillianExtension.class)
class PracticalInfoIT {

    private static final String PAGE = "gestion/informations.xhtml";
    private static final String PUBLIC_PAGE = "informations.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void scriptsAndEventHandlersNeverReachThePage() {
        String title = "Accès en car " + System.nanoTime();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("page-form", "page-form");
        form.put("page-title", title);
        form.put("page-body_input", "<p onclick=\"steal()\">Arrêt <a href=\"javascript:alert(1)\">mairie</a><script>alert(2)</script></p>");
        form.put("page-audience", "PUBLIC");
        form.put("save-page", "");
        Http staff = StaffPages.loggedInStaff();
        assertEquals(302, staff.submit(staff.get(PAGE).body(), PAGE, form).statusCode());

        String page = Http.testServer().get(PUBLIC_PAGE).body();
        int heading = page.indexOf(title + "</h2>");
        String section = page.substring(heading, page.indexOf("</section>", heading));
        assertTrue(section.contains("Arrêt") && section.contains("mairie"), section);
        assertFalse(section.contains("onclick") || section.contains("javascript:") || section.contains("alert("), section);
    }

    @Test
    void aFileThatIsNoPdfIsRefusedAtItsFieldAndNothingIsSaved() {
        String title = "Faux programme " + System.nanoTime();
        byte[] fake = "%PDF-1.7 this is no document".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> sent = addDocument(StaffPages.loggedInStaff(), title, "PUBLIC", "programme.pdf", fake);

        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Le fichier n’est pas un PDF lisible."), "said at the field");
        assertFalse(StaffPages.loggedInStaff().get(PAGE).body().contains(title), "nothing saved");
        assertTrue(addDocument(StaffPages.loggedInStaff(), title, "PUBLIC", "", new byte[0]).body()
                .contains("Choisissez le fichier PDF du document."), "a new document needs its file");
    }

    @Test
    void theFamiliesDocumentsAreTheirsOnlyAndTheStaffPageStaffs() {
        String title = "Compte rendu du conseil " + System.nanoTime();
        byte[] pdf = TestFiles.pdf("Conseil des parents du mardi");
        assertEquals(302, addDocument(StaffPages.loggedInStaff(), title, "PARENTS", "conseil.pdf", pdf).statusCode());
        assertFalse(Http.testServer().get(PUBLIC_PAGE).body().contains(title), "not shown to visitors");

        Http parent = Http.testServer();
        assertEquals(302, parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD).statusCode());
        String page = parent.get(PUBLIC_PAGE).body();
        Matcher link = Pattern.compile("informations/document\\?id=(\\d+)[^\"]*\">" + Pattern.quote(title)).matcher(page);
        assertTrue(link.find(), page);
        String address = "informations/document?id=" + link.group(1);
        HttpResponse<byte[]> download = parent.getBytes(address);
        assertEquals(200, download.statusCode(), "a family downloads it");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(pdf, download.body());
        assertEquals(404, Http.testServer().getBytes(address).statusCode(), "a visitor does not");
        assertEquals(404, Http.testServer().getBytes("informations/document?id=nothing").statusCode());

        assertEquals(403, parent.get(PAGE).statusCode(), "a parent cannot open the staff page");
        assertEquals(403, parent.post(PAGE, Map.of("page-title", "Piraté", "save-page", "")).statusCode());
    }

    private static HttpResponse<String> addDocument(Http staff, String title, String audience, String fileName, byte[] file) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("document-form", "document-form");
        form.put("document-title", title);
        form.put("document-programme", "");
        form.put("document-audience", audience);
        form.put("save-document", "");
        return staff.submitWithFile(staff.get(PAGE).body(), PAGE, form, "document-file", fileName, file);
    }
}
