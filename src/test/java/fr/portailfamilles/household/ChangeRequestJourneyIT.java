package fr.portailfamilles.household;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.BrowserTest;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent proposes a new address and a new family quotient with its PDF proof; staff accept the address
 * and refuse the quotient with a reason; the parent sees both answers. Bad input on the way is refused
 * at its field with nothing saved, and the proof opens for staff and its own family only.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeRequestJourneyIT extends BrowserTest {

    private static final String REFUSAL = "Attestation de 2025 : merci d’envoyer celle de cette année.";
    /** A long word, as a pasted link or a typing accident gives one: it must wrap on the staff's screen. */
    private static final String COMMENT_WORD = "https://exemple.fr/" + "justificatif-de-domicile-".repeat(12);

    @TempDir
    Path files;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffAnswerTheAddressAndTheQuotientOneByOne() throws IOException {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/mes-informations.xhtml");
        int requestsBefore = requestCount();
        type(By.id("postcode"), "3725");
        send();
        assertTrue(fieldError().contains("5 chiffres"));

        type(By.id("postcode"), "37250");
        send();
        assertTrue(text(By.id("change-messages")).contains("Vous n’avez rien modifié."));

        type(By.id("address-line"), "A".repeat(5000));
        send();
        assertTrue(fieldError().contains("Ce texte est trop long : 200 caractères au plus."),
                "refused at the field, neither cut by the browser nor by the server: " + fieldError());

        type(By.id("address-line"), "8 rue des Lilas");
        type(By.id("town"), "Veigné");
        type(By.id("comment"), "Nous avons déménagé au printemps : " + COMMENT_WORD);
        type(By.id("quotient-amount"), "720");
        String quotientFrom = ParisTime.day(TestClock.today().withDayOfMonth(1).plusMonths(1));
        typeDate(By.id("quotient-from_input"), quotientFrom);
        attach(file("attestation.pdf", "Ceci n’est qu’un texte renommé en PDF.".getBytes(StandardCharsets.UTF_8)));
        send();
        assertTrue(fieldError().contains("ni un PDF ni une image PNG ou JPEG"), fieldError());
        assertEquals(requestsBefore, requestCount(), "nothing is saved when the proof is refused");

        byte[] tooLarge = Arrays.copyOf(pdf(), 6 * 1024 * 1024);
        attach(file("attestation-scannee.pdf", tooLarge));
        send();
        assertTrue(fieldError().contains("dépasse 5 Mo"), fieldError());

        attach(file("attestation-caf.pdf", pdf()));
        send();
        assertTrue(messages().contains("Votre demande a été envoyée"), "shown once, at the top after the redirect: " + messages());
        String pending = text(By.id("requests"));
        assertTrue(pending.contains("8 rue des Lilas") && pending.contains("Quotient familial : 720 € à partir du " + quotientFrom), pending);
        logOut();

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/famille.xhtml?id=" + StaffPages.householdId(StaffPages.loggedInStaff(), "Famille MARTIN"));
        String waiting = text(By.id("pending-list"));
        assertTrue(waiting.contains("8 rue des Lilas") && waiting.contains("Quotient familial : 720"), "the household page lists them: " + waiting);
        open("gestion/demandes.xhtml");
        WebElement quotientRow = row("Quotient familial : 720");
        assertTrue(quotientRow.getText().contains("(dernier enregistré : "), "staff see the quotient it would follow: " + quotientRow.getText());
        String proofPath = quotientRow.findElement(By.className("proof-link")).getAttribute("href")
                .replace(TestServer.baseUri().toString(), "");
        WebElement addressRow = row("8 rue des Lilas");
        assertTrue(addressRow.getText().contains("Veigné"));
        WebElement requested = addressRow.findElements(By.tagName("td")).get(1);
        assertTrue(requested.getText().contains(COMMENT_WORD), "the whole comment is there to read");
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth", requested), "a long word wraps, it is not clipped");
        String household = addressRow.findElement(By.xpath("./td[1]//a")).getText();
        WebElement accept = addressRow.findElement(By.xpath(".//button[contains(@id,'accept')]"));
        assertTrue(accept.getDomAttribute("aria-label").startsWith("Accepter : " + household + ", "),
                "the button names the request it answers: " + accept.getDomAttribute("aria-label"));
        accept.click();
        waitUntilReady();
        assertTrue(text(By.id("queue-form:messages")).contains("acceptée"));

        quotientRow = row("Quotient familial : 720");
        quotientRow.findElement(By.xpath(".//input[contains(@id,'reason')]")).sendKeys(REFUSAL);
        quotientRow.findElement(By.xpath(".//button[contains(@id,'refuse')]")).click();
        waitUntilReady();
        assertTrue(text(By.id("queue-form:messages")).contains("refusée"));
        logOut();

        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/mes-informations.xhtml");
        assertTrue(text(By.id("household-address")).contains("8 rue des Lilas"));
        assertFalse(text(By.id("household-quotient")).contains("720"), "a refused quotient is not applied");
        String answers = text(By.id("requests"));
        assertTrue(answers.contains("Acceptée"), answers);
        assertTrue(answers.contains("Refusée – " + REFUSAL), answers);

        proofOpensForStaffAndItsFamilyOnly(proofPath);
    }

    private void proofOpensForStaffAndItsFamilyOnly(String proofPath) {
        Http staff = StaffPages.loggedInStaff();
        HttpResponse<String> forStaff = staff.get(proofPath);
        assertEquals(200, forStaff.statusCode());
        assertEquals("application/pdf", forStaff.headers().firstValue("Content-Type").orElse(""));
        assertTrue(forStaff.body().startsWith("%PDF-"));

        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertEquals(200, parent.get(proofPath).statusCode(), "the family opens its own proof");
        String otherFamilysProof = proofOf(staff, StaffPages.householdId(staff, "Famille DURAND"));
        assertEquals(200, staff.get(otherFamilysProof).statusCode());
        assertEquals(404, parent.get(otherFamilysProof).statusCode(), "another family's document does not exist for this parent");
        assertEquals(404, parent.get("compte/piece?id=abc").statusCode());
        assertEquals(302, Http.testServer().get(proofPath).statusCode(), "anonymous visitors are sent to the login page");
    }

    private static String proofOf(Http staff, String householdId) {
        Matcher link = Pattern.compile("/(compte/piece\\?id=\\d+)").matcher(staff.get("gestion/famille.xhtml?id=" + householdId).body());
        assertTrue(link.find(), "the household page links the proof of its quotient");
        return link.group(1);
    }

    private static byte[] pdf() {
        return TestFiles.pdf("Attestation de quotient familial");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private void attach(Path file) {
        browser.findElement(By.id("quotient-proof")).sendKeys(file.toAbsolutePath().toString());
    }

    private void send() {
        clickAndWait(By.id("send-change"));
    }

    private String fieldError() {
        return text(By.cssSelector("#change-form .ui-message-error"));
    }

    /** The parent's requests listed in Mes demandes (other tests may have sent some). */
    private int requestCount() {
        return browser.findElements(By.cssSelector("#requests [class^='status-']")).size();
    }

    private String text(By locator) {
        return waitFor(locator).getText();
    }

    private WebElement row(String content) {
        return waitFor(By.xpath("//tr[contains(., '" + content + "')]"));
    }
}
