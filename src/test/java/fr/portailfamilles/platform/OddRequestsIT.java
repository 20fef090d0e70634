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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests no browser sends, each answered as the visitor's error with a French page and every security header:
 * other methods (sent raw, as no HTTP client library sends them all), malformed addresses, a stateful page posted
 * as a stateless one, text in a number field's hidden value.
 */
@ExtendWith(ArquillianExtension.class)
class OddRequestsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void otherMethodsGetTheFrenchPageWithTheHeaders() throws IOException {
        for (String method : new String[]{"PATCH", "PROPFIND", "FROBNICATE", "TRACE"}) {
            Raw answer = Raw.send(method + " / HTTP/1.1");

            assertEquals(405, answer.status, method);
            assertTrue(answer.body.contains("Action impossible"), method + ": " + answer.body);
            answer.assertProtected(method);
        }
    }

    @Test
    void malformedAddressesAreAnsweredWithTheHeaders() throws IOException {
        for (String address : new String[]{"/%zz", "/connexion.xhtml?%zz=1", "/compte/facture?id=%zz"}) {
            Raw badEscape = Raw.send("GET " + address + " HTTP/1.1");
            assertEquals(400, badEscape.status, address);
            assertTrue(badEscape.body.contains("Adresse incorrecte") && !badEscape.body.contains("Page expirée"),
                    "a bad address is not an expired page: " + badEscape.body);
            badEscape.assertProtected(address);
        }

        Raw backslash = Raw.send("GET /\\\\ HTTP/1.1");
        assertEquals(404, backslash.status);
        assertTrue(backslash.body.contains("Page introuvable"), backslash.body);
        backslash.assertProtected("/\\\\");

        Raw climbing = Raw.send("GET /%2e%2e/WEB-INF/web.xml HTTP/1.1");
        assertTrue(climbing.status == 400 || climbing.status == 404, "status " + climbing.status);
        assertFalse(climbing.body.contains("<web-app"), "the application's files stay private");
        Raw hidden = Raw.send("GET /aide/%2e%2e/WEB-INF/web.xml HTTP/1.1");
        assertEquals(404, hidden.status);
        assertFalse(hidden.body.contains("<web-app"));
    }

    @Test
    void wellFormedEscapesStillWork() throws IOException {
        assertEquals(200, Raw.send("GET /%63onnexion.xhtml HTTP/1.1").status, "an escaped letter is the letter");

        Http staff = StaffPages.loggedInStaff();
        String id = StaffPages.householdId(staff, "Famille MARTIN");
        String escaped = id.chars().mapToObj(c -> "%" + Integer.toHexString(c).toUpperCase(Locale.ROOT)).reduce("", String::concat);
        HttpResponse<String> household = staff.get("gestion/famille.xhtml?id=" + escaped);
        assertEquals(200, household.statusCode(), "the query is decoded: " + escaped);
        assertTrue(household.body().contains("Famille MARTIN"));
    }

    @Test
    void aPageThatKeepsItsStatePostedAsStatelessIsAnExpiredPage() {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertExpired(parent.post("portail/inscriptions.xhtml", Map.of("registrations-form", "registrations-form",
                "jakarta.faces.ViewState", "stateless")));

        Http staff = StaffPages.loggedInStaff();
        assertExpired(staff.post("gestion/familles.xhtml", Map.of("households-form", "households-form",
                "households-form:find", "", "jakarta.faces.ViewState", "stateless")));
    }

    @Test
    void textInANumberFieldIsToldAtTheFieldAndNothingIsSaved() {
        assertStaffIdleRefused("abc", "écrivez un nombre, avec des chiffres seulement.");
    }

    /**
     * A minimum above zero made PrimeFaces' field mark 0 or 500 "Invalid" in the browser, in English, without the
     * range, and the server cut a sent number into the range without a word: the range is told at the field.
     */
    @Test
    void aNumberOutOfRangeIsToldAtTheFieldWithTheRange() {
        assertStaffIdleRefused("0", "La durée doit être comprise entre 5 et 480 minutes.");
        assertStaffIdleRefused("500", "La durée doit être comprise entre 5 et 480 minutes.");
    }

    private static void assertStaffIdleRefused(String typed, String message) {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String page = it.get("informatique/parametres.xhtml").body();
        String before = page.replaceAll("(?s).*name=\"staff-idle_hinput\" type=\"hidden\" value=\"(\\d+)\".*", "$1");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("settings-form", "settings-form");
        form.put("staff-idle_input", typed);
        form.put("staff-idle_hinput", typed);
        form.put("retention_input", "3");
        form.put("retention_hinput", "3");
        form.put("accounting-retention_input", "10");
        form.put("accounting-retention_hinput", "10");
        form.put("save", "");

        HttpResponse<String> refused = it.submit(page, "informatique/parametres.xhtml", form);

        assertEquals(200, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains(message), typed + ": " + refused.body());
        assertFalse(refused.body().contains("Les paramètres ont été enregistrés."), typed);
        assertTrue(it.get("informatique/parametres.xhtml").body().contains("name=\"staff-idle_hinput\" type=\"hidden\" value=\"" + before + "\""),
                "the setting is kept: " + typed);
    }

    private static void assertExpired(HttpResponse<String> answer) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Page expirée"), answer.body());
        ErrorPagesIT.assertProtected(answer);
    }

    /** One request written as it comes, byte for byte, and its answer. */
    private record Raw(int status, Map<String, String> headers, String body) {

        static Raw send(String requestLine) throws IOException {
            int port = TestServer.baseUri().getPort();
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write((requestLine + "\r\nHost: localhost:" + port + "\r\nAccept-Language: fr\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int end = answer.indexOf("\r\n\r\n");
                String[] head = answer.substring(0, end).split("\r\n");
                Map<String, String> headers = new LinkedHashMap<>();
                for (int i = 1; i < head.length; i++) {
                    String[] header = head[i].split(":", 2);
                    headers.merge(header[0].strip().toLowerCase(Locale.ROOT), header[1].strip(), (a, b) -> a + ", " + b);
                }
                return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, answer.substring(end + 4));
            }
        }

        void assertProtected(String what) {
            assertTrue(headers.getOrDefault("content-security-policy", "").contains("frame-ancestors 'none'"), what + ": " + headers);
            assertEquals("DENY", headers.get("x-frame-options"), what);
            assertEquals("nosniff", headers.get("x-content-type-options"), what);
            assertEquals("same-origin", headers.get("referrer-policy"), what);
            assertEquals("no-store", headers.get("cache-control"), what);
        }
    }
}
