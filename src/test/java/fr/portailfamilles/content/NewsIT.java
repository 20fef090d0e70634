package fr.portailfamilles.content;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestFiles;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actualités against forged posts: scripts cleaned before storage, the families' news and pictures kept to them. */
@ExtendWith(ArquillianExtension.class)
class NewsIT {

    private static final String PAGE = "gestion/actualites.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void scriptsAndEventHandlersNeverReachThePage() {
        String title = "Kermesse " + System.nanoTime();
        HttpResponse<String> sent = publish(StaffPages.loggedInStaff(), title,
                "<p onmouseover=\"steal()\">Venez <img src=x onerror=alert(1)>nombreux<script>alert(2)</script></p>", "PUBLIC", new byte[0]);
        assertEquals(302, sent.statusCode(), sent.body());

        String home = Http.testServer().get("").body();
        String article = home.substring(home.indexOf(title), home.indexOf("</article>", home.indexOf(title)));
        assertTrue(article.contains("<p>Venez nombreux</p>"), article);
        assertFalse(article.contains("onerror") || article.contains("onmouseover") || article.contains("alert("), article);
    }

    @Test
    void aTextOverTheLimitIsRefusedAtItsField() {
        String title = "Trop long " + System.nanoTime();
        HttpResponse<String> sent = publish(StaffPages.loggedInStaff(), title, "<p>" + "x".repeat(20_001) + "</p>", "PUBLIC", new byte[0]);

        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Le texte est trop long : 20") && sent.body().contains("000 caractères au plus, mise en forme comprise."),
                "the limit said at the field");
        assertFalse(Http.testServer().get("").body().contains(title), "nothing saved");
    }

    @Test
    void theFamiliesNewsAndItsPictureAreTheirsOnly() {
        String title = "Réservé aux familles " + System.nanoTime();
        assertEquals(302, publish(StaffPages.loggedInStaff(), title, "<p>Conseil des parents</p>", "PARENTS", TestFiles.png(40, 20)).statusCode());
        assertFalse(Http.testServer().get("").body().contains(title), "not on the public home page");

        Http parent = Http.testServer();
        assertEquals(302, parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD).statusCode());
        String home = parent.get("portail/accueil.xhtml").body();
        Matcher picture = Pattern.compile("actualites/image\\?id=(\\d+)").matcher(home.substring(home.indexOf(title)));
        assertTrue(picture.find(), home);
        String address = "actualites/image?id=" + picture.group(1);
        assertEquals(200, parent.getBytes(address).statusCode(), "a family sees it");
        assertEquals(404, Http.testServer().getBytes(address).statusCode(), "a visitor does not");
        assertEquals(404, Http.testServer().getBytes("actualites/image?id=nothing").statusCode());

        assertEquals(403, parent.get(PAGE).statusCode(), "a parent cannot open the staff page");
        assertEquals(403, parent.post(PAGE, Map.of("title", "Piraté", "save", "")).statusCode());
    }

    private static HttpResponse<String> publish(Http staff, String title, String body, String audience, byte[] picture) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("news-form", "news-form");
        form.put("title", title);
        form.put("body_input", body);
        form.put("shown-from_input", ParisTime.day(TestClock.today()));
        form.put("audience", audience);
        form.put("save", "");
        return staff.submitWithFile(staff.get(PAGE).body(), PAGE, form, "picture", picture.length == 0 ? "" : "image.png", picture);
    }

}
