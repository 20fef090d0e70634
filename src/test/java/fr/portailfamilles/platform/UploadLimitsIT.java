package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A proof too large for the portal, sent over HTTP as a browser sends it: just above what the server used to
 * parse (9.8 MB, a bare 500 before) the form says so at the field; above what the portal reads at all (11 MB, a
 * bare 400 and a closed connection before) the French page says so, with the headers of every page. Neither
 * saves anything.
 */
@ExtendWith(ArquillianExtension.class)
class UploadLimitsIT {

    private static final String PAGE = "portail/mes-informations.xhtml";
    private static final Pattern REQUEST_ROW = Pattern.compile("class=\"status-");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aProofOverTheLimitIsRefusedInFrenchAndNothingIsSaved() {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        String page = parent.get(PAGE).body();
        long requestsBefore = REQUEST_ROW.matcher(page).results().count();

        HttpResponse<String> nearTheLimit = parent.submitWithFile(page, PAGE, changeForm(), "quotient-proof",
                "attestation.pdf", pdfOf(9_800_000));
        assertEquals(200, nearTheLimit.statusCode());
        assertTrue(nearTheLimit.body().contains("Ce fichier dépasse 5 Mo"), nearTheLimit.body());

        page = parent.get(PAGE).body();
        HttpResponse<String> overTheLimit = parent.submitWithFile(page, PAGE, changeForm(), "quotient-proof",
                "attestation.pdf", pdfOf(11_000_000));
        assertEquals(413, overTheLimit.statusCode());
        assertTrue(overTheLimit.body().contains("Fichier trop volumineux") && overTheLimit.body().contains("5 Mo"), overTheLimit.body());
        ErrorPagesIT.assertProtected(overTheLimit);

        assertEquals(requestsBefore, REQUEST_ROW.matcher(parent.get(PAGE).body()).results().count(), "no request was saved");
    }

    private static Map<String, String> changeForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("change-form", "change-form");
        form.put("address-line", "12 rue du Refus");
        form.put("postcode", "37000");
        form.put("town", "Tours");
        form.put("phone", "");
        form.put("situation_input", "MARRIED");
        form.put("allocataire", "1234567");
        form.put("quotient-amount", "700");
        form.put("quotient-from_input", TestClock.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        form.put("comment", "");
        form.put("send-change", "");
        return form;
    }

    /** A PDF header followed by padding: what counts here is its size. */
    private static byte[] pdfOf(int size) {
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(header, size);
    }
}
