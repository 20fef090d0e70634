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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changing one's password ends one's other sessions (on a phone, at the library), not the current one. */
@ExtendWith(ArquillianExtension.class)
class SessionEndIT {

    private static final String TEMPORARY = "Un autre mot de passe pour le test";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsOnly() {
        Http laptop = Http.testServer();
        Http phone = Http.testServer();
        laptop.login(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        phone.login(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        assertEquals(200, phone.get("gestion/accueil.xhtml").statusCode());

        change(laptop, TestServer.DEMO_PASSWORD, TEMPORARY);
        try {
            assertEquals(200, laptop.get("gestion/accueil.xhtml").statusCode(), "the session that changed it stays");
            HttpResponse<String> ended = phone.get("gestion/accueil.xhtml");
            assertEquals(302, ended.statusCode());
            assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/connexion.xhtml"));
            assertEquals(302, phone.get("gestion/accueil.xhtml").statusCode(), "and it stays ended");
        } finally {
            change(laptop, TEMPORARY, TestServer.DEMO_PASSWORD);
        }
    }

    private static void change(Http http, String current, String next) {
        String page = http.get("compte/mot-de-passe.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password-form", "password-form");
        form.put("current", current);
        form.put("new-password", next);
        form.put("confirmation", next);
        form.put("save", "");
        HttpResponse<String> changed = http.submit(page, "compte/mot-de-passe.xhtml", form);
        assertEquals(302, changed.statusCode(), changed.body());
    }
}
