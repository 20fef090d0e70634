package fr.portailfamilles.platform;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff read in "Courriels envoyés" that an e-mail failed, when it will be tried again and why, and send it again
 * with "Renvoyer" (a POST) once the mail server is back.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxPageIT {

    private static final String PAGE = "gestion/courriels.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffSeeAFailedEmailAndResendIt() throws Exception {
        String recipient = TestServer.IT;
        String subject = "Choisir un nouveau mot de passe";
        Http visitor = Http.testServer();
        visitor.submit(visitor.get("mot-de-passe-oublie.xhtml").body(), "mot-de-passe-oublie.xhtml",
                Map.of("forgot-form", "forgot-form", "email", recipient, "send", ""));

        Http staff = StaffPages.loggedInStaff();
        String page = awaitRow(staff, recipient, ":status\">Échec — nouvelle tentative le ");
        assertTrue(page.contains("les e-mails sont montrés en entier, mots de passe provisoires et liens personnels compris")
                && !page.contains("y sont masqués"), "the test server runs in demo mode, and the intro says so");
        String row = rowOf(page, recipient);
        assertTrue(row.contains(subject), row);
        assertTrue(row.contains(":attempts\">1<") && row.contains("(dernière le "), row);
        assertTrue(row.contains("Le serveur de messagerie n’a pas pu être joint"), "told in French: " + row);
        assertTrue(row.contains("<code lang=\"en\">Couldn"), "the relay's own error kept for IT: " + row);

        try (Mailbox mailbox = Mailbox.start()) {
            Map<String, String> resend = new LinkedHashMap<>();
            resend.put("outbox-form", "outbox-form");
            resend.put(resendButton(row), "");
            HttpResponse<String> posted = staff.submit(page, PAGE, resend);
            assertEquals(302, posted.statusCode(), posted.body());
            String after = staff.get(PAGE).body();
            assertTrue(after.contains("Le courriel est remis dans la file d’envoi."), after);

            mailbox.await(recipient, subject);
            String sent = rowOf(awaitRow(staff, recipient, ":status\">Envoyé<"), recipient);
            assertTrue(sent.contains(":attempts\">1<"), "a new series of attempts: " + sent);
        }
    }

    private static String awaitRow(Http staff, String recipient, String text) throws InterruptedException {
        for (int tenths = 0; tenths < 200; tenths++) {
            String page = staff.get(PAGE).body();
            if (page.contains(recipient) && rowOf(page, recipient).contains(text)) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The e-mail to " + recipient + " is not shown as \"" + text + "\"");
    }

    private static String rowOf(String page, String recipient) {
        int at = page.indexOf(recipient);
        assertTrue(at > 0, "no e-mail to " + recipient);
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private static String resendButton(String row) {
        Matcher button = Pattern.compile("id=\"(outbox-form:messages:\\d+:resend)\"").matcher(row);
        assertTrue(button.find(), "no Renvoyer button: " + row);
        return button.group(1);
    }
}
