package fr.portailfamilles.platform;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.billing.InvoiceScenarios;
import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.PdfText;
import fr.portailfamilles.testing.TestFiles;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IT describes the centre (Informatique › Identité du centre): a wrong postcode is refused at its field with nothing
 * saved, the corrected form is saved, a PNG logo is sent; the public pages' header then shows the new name and the
 * logo, the home page the new address, the legal notices the publication director and host, and an invoice issued
 * afterwards carries the new name and address.
 */
@ExtendWith(ArquillianExtension.class)
class CentreIdentityJourneyIT extends BrowserTest {

    static final String PAGE = "informatique/identite.xhtml";
    static final List<String> FIELDS = List.of("name", "address-line", "address-more", "postcode", "town", "phone", "email",
            "opening-hours", "publication-director", "host");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(InvoiceScenarios.class, InvoiceFixture.class, InvoiceFixture.Family.class,
                CentreIdentityJourneyIT.class);
    }

    /** The demo centre as it was, put back after the test: other tests read its name. */
    private final Map<String, String> before = new LinkedHashMap<>();

    @AfterEach
    void putTheDemoCentreBack() {
        if (!before.isEmpty()) {
            restore(before);
        }
    }

    @Test
    void itDescribesTheCentreAndEveryPageAndInvoiceShowsIt() throws Exception {
        logIn(TestServer.IT, TestServer.DEMO_PASSWORD);
        open(PAGE);
        assertEquals("Identité du centre", heading());
        assertTrue(browser.findElement(By.cssSelector("#main-menu a[href$='/informatique/identite.xhtml']")).isEnabled(),
                "in the IT menu");
        FIELDS.forEach(field -> before.put(field, waitFor(By.id(field)).getDomProperty("value")));
        String name = "Accueil de loisirs Les Écureuils " + System.nanoTime() % 10_000;

        type(By.id("name"), name);
        type(By.id("address-line"), "14 rue Nationale");
        type(By.id("postcode"), "3700");
        type(By.id("town"), "Tours");
        type(By.id("publication-director"), "Jeanne Martin, présidente");
        type(By.id("host"), "Hébergeur Exemple\n5 rue des Serveurs, 37000 Tours");
        clickAndWait(By.id("save"));
        assertEquals("Le code postal compte 5 chiffres, par exemple 37250.", messageAt("postcode"));
        assertFalse(Http.testServer().get("").body().contains(name), "nothing saved while a field is wrong");

        type(By.id("postcode"), "37000");
        clickAndWait(By.id("save"));
        assertTrue(messages().contains("L’identité du centre a été enregistrée."), messages());

        browser.findElement(By.id("logo")).sendKeys(TestFiles.file("logo.png", TestFiles.png(160, 48)).toString());
        clickAndWait(By.id("send-logo"));
        assertTrue(messages().contains("Le logo du centre a été enregistré."), messages());
        logOut();

        open("");
        assertEquals(name, waitFor(By.id("centre-name")).getText());
        WebElement logo = browser.findElement(By.id("centre-logo"));
        assertEquals(name, logo.getDomProperty("alt"), "the logo is named after the centre");
        assertEquals(List.of(200L, "image/png", "\u0089PNG\r"), fetch(logo.getDomProperty("src")));
        String address = browser.findElement(By.id("centre-address")).getText();
        assertTrue(address.contains("14 rue Nationale") && address.contains("37000 Tours"), address);

        browser.findElement(By.id("legal-link")).click();
        waitUntilReady();
        assertEquals("Mentions légales", heading());
        assertTrue(waitFor(By.id("publication-director")).getText().endsWith(": Jeanne Martin, présidente"));
        assertEquals("Hébergeur Exemple\n5 rue des Serveurs, 37000 Tours", browser.findElement(By.id("host")).getText());
        assertTrue(browser.findElement(By.tagName("address")).getText().contains("37000 Tours"), "the publisher's address");

        HttpResponse<String> issued = Http.testServer().post("test-scenarios/invoices", Map.of());
        assertEquals(200, issued.statusCode(), issued.body());
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertEquals(name, waitFor(By.id("centre-name")).getText(), "a parent's pages too");
        String pdf = PdfText.of(download("/compte/facture?id=" + issued.body().split("\n")[0]));
        assertTrue(pdf.contains(name) && pdf.contains("14 rue Nationale") && pdf.contains("37000 Tours"), pdf);
        assertFalse(pdf.contains("P'tits Loups"), pdf);
    }


    /** A file as the browser's session gets it, whole. */
    private byte[] download(String path) {
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.blob()).then(b => { const f = new FileReader();"
                        + " f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); });", path);
        return Base64.getDecoder().decode(base64);
    }


    /** As IT over HTTP, whatever the browser's state: the fields as they were, and no logo. */
    static void restore(Map<String, String> fields) {
        Http it = itLoggedIn();
        String page = it.get(PAGE).body();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("centre-form", "centre-form");
        form.put("save", "");
        assertEquals(302, it.submit(page, PAGE, form).statusCode(), "the demo centre put back");
        page = it.get(PAGE).body();
        if (page.contains("id=\"remove-logo\"")) {
            assertEquals(302, it.submit(page, PAGE, Map.of("remove-logo-form", "remove-logo-form", "remove-logo", "")).statusCode());
        }
    }

    static Http itLoggedIn() {
        Http it = Http.testServer();
        assertEquals(302, it.login(TestServer.IT, TestServer.DEMO_PASSWORD).statusCode(), "IT's login");
        return it;
    }
}
