package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestFiles;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only IT changes the centre's identity; its logo is public and answers 304 to a browser that has it already. */
@ExtendWith(ArquillianExtension.class)
class CentreIdentityIT {

    private static final String PAGE = CentreIdentityJourneyIT.PAGE;
    /** The demo centre (DemoCentre), as the form posts it. */
    private static final Map<String, String> DEMO = Map.of("centre-form", "centre-form", "save", "",
            "name", "Accueil de loisirs Les P'tits Loups", "address-line", "2 allée des Écoliers", "address-more", "",
            "postcode", "37250", "town", "Montbazon", "phone", "02 47 26 10 20",
            "email", "accueil.loisirs@portail-familles.test", "opening-hours", "Mercredis et vacances scolaires, de 7 h 30 à 18 h 30");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(CentreIdentityJourneyIT.class);
    }

    @Test
    void aParentOrStaffCannotPostTheItForm() {
        for (String email : List.of(TestServer.PARENT, TestServer.STAFF)) {
            Http someone = Http.testServer();
            assertEquals(302, someone.login(email, TestServer.DEMO_PASSWORD).statusCode(), "login of " + email);
            assertEquals(403, someone.get(PAGE).statusCode(), email);
            HttpResponse<String> post = someone.post(PAGE, Map.of("centre-form", "centre-form", "name", "Centre piraté",
                    "address-line", "1 rue Haute", "postcode", "37000", "town", "Tours", "phone", "02 47 00 00 00",
                    "email", "a@b.fr", "save", ""));
            assertEquals(403, post.statusCode(), email);
        }
        assertFalse(Http.testServer().get("").body().contains("Centre piraté"));
    }

    @Test
    void theLogoIsPublicAndAnswers304WhenTheBrowserHasItAlready() {
        byte[] png = TestFiles.png(90, 30);
        Http it = CentreIdentityJourneyIT.itLoggedIn();
        try {
            String page = it.get(PAGE).body();
            HttpResponse<String> sent = it.submitWithFile(page, PAGE, Map.of("logo-form", "logo-form", "send-logo", ""),
                    "logo", "logo.png", png);
            assertEquals(302, sent.statusCode(), sent.body());

            HttpResponse<byte[]> logo = Http.testServer().getBytes("centre/logo");
            assertEquals(200, logo.statusCode());
            assertEquals("image/png", logo.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(png, logo.body());
            String etag = logo.headers().firstValue("ETag").orElseThrow();
            assertTrue(logo.headers().firstValue("Cache-Control").orElse("").contains("no-cache"), "asked again each time");

            assertEquals(304, Http.testServer().sending("If-None-Match", etag).getBytes("centre/logo").statusCode());
            assertEquals(200, Http.testServer().sending("If-None-Match", "\"autre\"").getBytes("centre/logo").statusCode());
        } finally {
            String page = it.get(PAGE).body();
            assertEquals(302, it.submit(page, PAGE, Map.of("remove-logo-form", "remove-logo-form", "remove-logo", "")).statusCode());
        }
        assertEquals(404, Http.testServer().getBytes("centre/logo").statusCode(), "no logo once removed");
    }

    @Test
    void aLogoThatIsNotAnImageIsRefusedAtItsField() {
        int before = Http.testServer().getBytes("centre/logo").statusCode();
        Http it = CentreIdentityJourneyIT.itLoggedIn();
        String page = it.get(PAGE).body();
        HttpResponse<String> sent = it.submitWithFile(page, PAGE, Map.of("logo-form", "logo-form", "send-logo", ""),
                "logo", "logo.png", "%PDF-1.7\n%%EOF\n".getBytes());
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Le fichier n’est pas une image PNG ou JPEG."), sent.body());
        assertEquals(before, Http.testServer().getBytes("centre/logo").statusCode(), "nothing saved");
    }

    @Test
    void ofTwoItSessionsEditingAtOnceTheSecondSaveIsRefused() {
        Http first = CentreIdentityJourneyIT.itLoggedIn();
        Http second = CentreIdentityJourneyIT.itLoggedIn();
        String firstPage = first.get(PAGE).body();
        String secondPage = second.get(PAGE).body();
        Map<String, String> changed = new LinkedHashMap<>(DEMO);
        changed.put("opening-hours", "Le mercredi seulement");
        try {
            assertEquals(302, first.submit(firstPage, PAGE, changed).statusCode());
            HttpResponse<String> late = second.submit(secondPage, PAGE, DEMO);
            assertEquals(200, late.statusCode());
            assertTrue(late.body().contains("Quelqu’un d’autre a modifié l’identité du centre"), late.body());
            assertTrue(Http.testServer().get("").body().contains("Le mercredi seulement"), "the first save kept");
        } finally {
            CentreIdentityJourneyIT.restore(DEMO);
        }
    }

}
