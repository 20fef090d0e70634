package fr.portailfamilles.booking;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inscriptions › Envoyer le certificat over HTTP, as a browser posts it: no file, a file over 5 MB, a text or an
 * SVG under the name of a PDF or a PNG are each told in French at the file field, and nothing is sent.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateUploadIT {

    private static final String PAGE = "portail/inscriptions.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(BookingScenarios.class, BookingFixture.class, AsParent.class);
    }

    @Test
    void eachRefusedFileIsToldAtTheField() {
        String activity = BookingScenarios.prepare()[1];
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);

        assertRefusedAtTheField(parent, activity, "", new byte[0], "Joignez le certificat médical (PDF, PNG ou JPEG).");
        assertRefusedAtTheField(parent, activity, "certificat.pdf", pdfOf(6_000_000), "Ce fichier dépasse 5 Mo");
        assertRefusedAtTheField(parent, activity, "certificat.pdf", "Mon enfant était malade.".getBytes(StandardCharsets.UTF_8),
                "Ce fichier n’est ni un PDF ni une image PNG ou JPEG");
        assertRefusedAtTheField(parent, activity, "certificat.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "Ce fichier n’est ni un PDF ni une image PNG ou JPEG");

        String page = parent.get(PAGE).body();
        assertTrue(row(page, activity).contains("certificat médical possible"), "nothing was sent: " + row(page, activity));
    }

    private static void assertRefusedAtTheField(Http parent, String activity, String fileName, byte[] content, String expected) {
        String page = parent.get(PAGE).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("registrations-form", "registrations-form");
        form.put("registrations-form:registrations_selection", rowKey(page, activity));
        form.put("registrations-form:send-certificate", "");

        HttpResponse<String> answer = parent.submitWithFile(page, PAGE, form, "registrations-form:certificate", fileName, content);

        assertEquals(200, answer.statusCode());
        Matcher atTheField = Pattern.compile("ui-message-error-detail\"[^>]*>([^<]*)<").matcher(answer.body());
        assertTrue(atTheField.find() && atTheField.group(1).startsWith(expected),
                fileName + ": expected at the field « " + expected + " », page: " + answer.body());
    }

    private static String rowKey(String page, String activity) {
        Matcher key = Pattern.compile("data-rk=\"(\\d+)\"").matcher(page);
        key.region(0, page.indexOf(activity));
        String last = null;
        while (key.find()) {
            last = key.group(1);
        }
        assertTrue(last != null, "no row for " + activity);
        return last;
    }

    private static String row(String page, String activity) {
        int at = page.indexOf(activity);
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    /** A PDF header followed by padding: what counts here is its size. */
    private static byte[] pdfOf(int size) {
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        return pdf;
    }
}
