package fr.portailfamilles.account;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.Mailbox;
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

/** IT creates a staff account, which works once its provisional password is replaced, then disables it. */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    private static final String NEWCOMER = "claire.durand@portail-familles.test";
    private static final String CHOSEN = "Les mercredis au centre de loisirs";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void itCreatesThenDisablesAStaffAccount() throws Exception {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        try (Mailbox mailbox = Mailbox.start()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("new-staff-form", "new-staff-form");
            form.put("new-name", "Claire Durand");
            form.put("new-email", NEWCOMER);
            form.put("new-role_input", "STAFF");
            form.put("create", "");
            String created = it.submit(it.get("informatique/comptes.xhtml").body(), "informatique/comptes.xhtml", form).body();
            assertTrue(created.contains("Le compte " + NEWCOMER + " a été créé"), created);

            String provisional = Mailbox.find(mailbox.await(NEWCOMER, "Ouverture de votre compte"), "Mot de passe provisoire : (\\S+)");
            Http newcomer = Http.testServer();
            newcomer.login(NEWCOMER, provisional);
            HttpResponse<String> forced = newcomer.get("gestion/accueil.xhtml");
            assertTrue(forced.headers().firstValue("Location").orElse("").endsWith("/compte/mot-de-passe.xhtml"));
            Map<String, String> change = new LinkedHashMap<>();
            change.put("password-form", "password-form");
            change.put("current", provisional);
            change.put("new-password", CHOSEN);
            change.put("confirmation", CHOSEN);
            change.put("save", "");
            newcomer.submit(newcomer.get("compte/mot-de-passe.xhtml").body(), "compte/mot-de-passe.xhtml", change);
            assertEquals(200, newcomer.get("gestion/accueil.xhtml").statusCode());
            assertEquals(403, newcomer.get("informatique/comptes.xhtml").statusCode(), "staff are not IT");
        }

        String accounts = it.get("informatique/comptes.xhtml").body();
        Map<String, String> disable = new LinkedHashMap<>();
        disable.put("staff-form", "staff-form");
        disable.put(buttonOfRow(accounts, NEWCOMER, "disable"), "");
        String disabled = it.submit(accounts, "informatique/comptes.xhtml", disable).body();
        assertTrue(disabled.contains("Le compte " + NEWCOMER + " est désactivé."), disabled);

        HttpResponse<String> refused = Http.testServer().login(NEWCOMER, CHOSEN);
        assertTrue(refused.body().contains("Ce compte est désactivé."), refused.body());
    }

    private static String buttonOfRow(String page, String email, String action) {
        int row = page.indexOf(email);
        Matcher button = Pattern.compile("id=\"(staff-form:accounts:\\d+:" + action + ")\"").matcher(page);
        assertTrue(row > 0 && button.find(row), "no " + action + " button for " + email);
        return button.group(1);
    }
}
