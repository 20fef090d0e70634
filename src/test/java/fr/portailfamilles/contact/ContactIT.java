package fr.portailfamilles.contact;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.Mailbox;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contact against forged requests and limits: another household's exchange is not found, the staff inbox is staff's
 * only, a message over the limit or a file that is no document is refused at its field with nothing sent, and the
 * centre's alert follows IT's setting.
 */
@ExtendWith(ArquillianExtension.class)
class ContactIT {

    private static final String PAGE = "portail/contact.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ContactScenarios.class);
    }

    @Test
    void aParentSeesNoOtherHouseholdsExchangeAndCannotReplyToIt() {
        HttpResponse<String> created = Http.testServer().post("test-scenarios/contact", Map.of());
        assertEquals(200, created.statusCode(), created.body());
        String otherThread = created.body().strip();
        Http parent = parent();

        assertEquals(404, parent.get(PAGE + "?fil=" + otherThread).statusCode());
        assertEquals(404, parent.get(PAGE + "?fil=999999999").statusCode());
        assertFalse(parent.get(PAGE).body().contains("Question confidentielle"));
        assertEquals(403, parent.get("gestion/messages.xhtml").statusCode(), "the staff inbox");
        Http staff = StaffPages.loggedInStaff();
        assertTrue(staff.get("gestion/messages.xhtml?fil=" + otherThread).body()
                .contains("Un message qui ne regarde que notre famille."), "staff read every household's");
        assertTrue(unreadInInbox(staff, otherThread),
                "asking for the address marks nothing read: another site could make a browser ask for it");
    }

    @Test
    void anExchangeOpenedFromAnotherSiteStaysUnreadUntilStaffMarkIt() {
        String thread = Http.testServer().post("test-scenarios/contact", Map.of()).body().strip();
        Http staff = StaffPages.loggedInStaff();
        assertTrue(staff.sending("Sec-Fetch-Site", "same-origin").get("gestion/messages.xhtml?fil=" + thread).body()
                .contains("markRead"), "opened from the inbox, read once shown");

        staff.sending("Sec-Fetch-Site", "cross-site");
        String opened = staff.get("gestion/messages.xhtml?fil=" + thread).body();

        assertFalse(opened.contains("markRead"), "not read by itself: another site sent the browser there");
        assertTrue(opened.contains("Vous avez ouvert cet échange depuis un autre site"), opened);
        assertTrue(unreadInInbox(staff, thread));
        HttpResponse<String> marked = staff.submit(opened, "gestion/messages.xhtml?fil=" + thread,
                Map.of("read-form", "read-form", "read-form:mark-read", ""));
        assertEquals(302, marked.statusCode(), marked.body());
        assertTrue(staff.get("gestion/messages.xhtml?fil=" + thread).body().contains("L’échange est marqué comme lu."));
        assertFalse(unreadInInbox(staff, thread));
    }

    private static boolean unreadInInbox(Http staff, String thread) {
        String inbox = staff.get("gestion/messages.xhtml").body();
        int row = inbox.indexOf("?fil=" + thread + "\"");
        return inbox.substring(row, inbox.indexOf("</td>", row)).contains("Non lu");
    }

    @Test
    void aMessageOverTheLimitIsRefusedAtItsFieldAndNothingIsSent() {
        Http parent = parent();
        String subject = "Trop long " + System.nanoTime();
        HttpResponse<String> sent = send(parent, subject, "m".repeat(5001));

        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Le message compte 5") && sent.body().contains("000 caractères au plus"), "said at the field");
        assertFalse(parent.get(PAGE).body().contains(subject), "nothing sent");
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedAtItsFieldAndNothingIsSent() {
        Http parent = parent();
        String subject = "Pièce douteuse " + System.nanoTime();
        HttpResponse<String> sent = send(parent, subject, "Voici le certificat.", "certificat.pdf", "bonjour".getBytes());

        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Ce fichier n’est ni un PDF ni une image PNG ou JPEG"), "said at the field");
        assertFalse(parent.get(PAGE).body().contains(subject), "nothing sent");
    }

    @Test
    void theCentreIsAlertedOfANewMessageOnlyWhenItAskedTo() throws Exception {
        try (Mailbox mailbox = Mailbox.start()) {
            alert(false);
            String quiet = "Sans alerte " + System.nanoTime();
            assertEquals(302, send(parent(), quiet, "Une question.").statusCode());
            alert(true);
            String announced = "Avec alerte " + System.nanoTime();
            assertEquals(302, send(parent(), announced, "Une autre question.").statusCode());

            String body = Mailbox.body(mailbox.await("accueil.loisirs@portail-familles.test", "Nouveau message d’une famille : " + announced));
            assertTrue(body.contains("Messages des familles"), body);
            assertEquals(1, mailbox.count("accueil.loisirs@portail-familles.test"), "no alert for the message sent before");
        } finally {
            alert(false);
        }
    }

    private static Http parent() {
        Http parent = Http.testServer();
        assertEquals(302, parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD).statusCode());
        return parent;
    }

    private static HttpResponse<String> send(Http parent, String subject, String body) {
        return send(parent, subject, body, "", new byte[0]);
    }

    private static HttpResponse<String> send(Http parent, String subject, String body, String fileName, byte[] file) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("message-form", "message-form");
        form.put("subject", subject);
        form.put("body", body);
        form.put("send", "");
        return parent.submitWithFile(parent.get(PAGE).body(), PAGE, form, "file", fileName, file);
    }

    /** As IT on Paramètres, the other settings as the demo has them. */
    private static void alert(boolean on) {
        Http it = Http.testServer();
        assertEquals(302, it.login(TestServer.IT, TestServer.DEMO_PASSWORD).statusCode());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("settings-form", "settings-form");
        if (on) {
            form.put("contact-alert_input", "on");
        }
        form.put("staff-idle_input", "30");
        form.put("staff-idle_hinput", "30");
        form.put("retention_input", "3");
        form.put("retention_hinput", "3");
        form.put("accounting-retention_input", "10");
        form.put("accounting-retention_hinput", "10");
        form.put("save", "");
        HttpResponse<String> saved = it.submit(it.get("informatique/parametres.xhtml").body(), "informatique/parametres.xhtml", form);
        assertTrue(saved.body().contains("Les paramètres ont été enregistrés."), saved.body());
    }
}
