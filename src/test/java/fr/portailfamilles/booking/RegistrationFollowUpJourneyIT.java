package fr.portailfamilles.booking;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the request: the parent cancels a day before its deadline and the family waiting behind gets the place
 * and an e-mail; past the deadline the cancellation is refused and a medical certificate is sent, validated by
 * staff, and the day shows as a justified absence; staff answer a request with the day's counts in sight, the
 * parent is told and sees it, and the fill-rate screen draws its chart; the staff dashboard counts the requests to
 * answer and leads to those of every period at once.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationFollowUpJourneyIT extends BrowserTest {

    private String waiting;
    private String certificate;
    private String answers;
    private String waitingParent;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(BookingScenarios.class, BookingFixture.class, AsParent.class);
    }

    @BeforeEach
    void prepareScenarios() {
        String[] names = BookingScenarios.prepare();
        waiting = names[0];
        certificate = names[1];
        answers = names[2];
        waitingParent = names[3];
    }

    @Test
    void aDayCancelledBeforeTheDeadlineGoesToTheFamilyWaiting() throws Exception {
        try (Mailbox mailbox = Mailbox.start()) {
            logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
            open("portail/inscriptions.xhtml");
            assertTrue(row(waiting).contains("Annulable jusqu’au"), row(waiting));
            assertTrue(browser.findElements(By.cssSelector(".ui-paginator-page:not(.ui-state-active)")).size() > 0, "several pages");
            assertEquals(List.of(), paginatorButtonsBelowAa(), "the other pages' numbers are read at WCAG AA");
            tick(waiting);
            waitFor(By.id("registrations-form:cancel")).click();
            clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));

            assertEquals(1, messages().split("1 demande\\(s\\) annulée\\(s\\)", -1).length - 1, "shown once: " + messages());
            assertTrue(row(waiting).contains("Annulée le ") && row(waiting).contains(" par vous"),
                    "the family's own cancellation, not an answer of the centre: " + row(waiting));
            mailbox.await(TestServer.PARENT, "Annulation pour");
            String promoted = Mailbox.body(mailbox.await(waitingParent, "Une place s’est libérée"));
            assertTrue(promoted.contains("Matin"), promoted);
        }
    }

    @Test
    void pastTheDeadlineAMedicalCertificateValidatedByStaffJustifiesTheAbsence() throws Exception {
        try (Mailbox mailbox = Mailbox.start()) {
            logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
            open("portail/inscriptions.xhtml");
            assertTrue(row(certificate).contains("certificat médical possible"), row(certificate));
            tick(certificate);
            waitFor(By.id("registrations-form:cancel")).click();
            clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));
            assertTrue(messages().contains("Le délai d’annulation du"), "the server refuses, whatever the page: " + messages());

            tick(certificate);
            Path file = Files.createTempFile("certificat", ".pdf");
            Files.write(file, BookingFixture.PDF);
            browser.findElement(By.id("registrations-form:certificate")).sendKeys(file.toAbsolutePath().toString());
            clickAndWait(By.id("registrations-form:send-certificate"));
            Files.delete(file);
            assertTrue(messages().contains("Certificat envoyé"), messages());
            assertTrue(row(certificate).contains("certificat en cours d’examen"), row(certificate));
            logOut();

            logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
            open("gestion/certificats.xhtml");
            String line = "//tr[contains(., '" + certificate + "')]";
            assertTrue(browser.findElement(By.xpath(line + "//a[contains(@class, 'certificate-link')]")).isDisplayed(), "the file to open");
            String child = browser.findElement(By.xpath(line + "/td[2]//a")).getText();
            browser.findElement(By.xpath(line + "//button[starts-with(@aria-label, 'Valider : " + child + ", ')]")).click();
            waitUntilReady();
            assertTrue(messages().contains("Certificat validé"), messages());
            logOut();

            mailbox.await(TestServer.PARENT, "Certificat médical accepté");
            logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
            open("portail/inscriptions.xhtml");
            assertTrue(row(certificate).contains("absence justifiée"), row(certificate));
        }
    }

    @Test
    void staffAnswerWithTheDayCountsInSightAndTheParentSeesTheAnswer() throws Exception {
        try (Mailbox mailbox = Mailbox.start()) {
            logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
            open("gestion/demandes-inscription.xhtml");
            choosePeriod("queue:period", answers);
            String counts = waitFor(By.id("queue:day-counts")).getText();
            assertTrue(counts.contains("Matin 0/5"), counts);
            tickIn("queue:requests", "Matin");
            waitFor(By.id("queue:refuse")).click();
            waitUntilReady();
            assertTrue(messages().contains("motif"), "a refusal needs its reason: " + messages());
            assertTrue(browser.findElement(By.xpath("//*[@id='queue:requests']//tr[contains(., 'Matin')]")).getDomAttribute("aria-selected")
                    .equals("true"), "the ticked request stays ticked");

            waitFor(By.id("queue:accept")).click();
            waitUntilReady();
            assertTrue(messages().contains("1 demande acceptée sur 1."), messages());
            assertFalse(messages().contains("liste d’attente"), "no one waits: " + messages());
            assertTrue(waitFor(By.id("queue:day-counts")).getText().contains("Matin 1/5"));

            open("gestion/remplissage.xhtml");
            choosePeriod("fill:period", answers);
            waitFor(By.cssSelector("#fill\\:chart canvas"));
            assertTrue(waitFor(By.id("fill:fills")).getText().contains("20 %"), "1 of 5 places");
            logOut();

            mailbox.await(TestServer.PARENT, "Réponse à vos demandes");
            logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
            open("portail/inscriptions.xhtml");
            assertTrue(row(answers).contains("Acceptée"), row(answers));
        }
    }

    @Test
    void theDashboardCountsTheRequestsToAnswerAndLeadsToThoseOfEveryPeriod() {
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/accueil.xhtml");
        long toAnswer = Long.parseLong(waitFor(By.cssSelector("#requests-to-answer .figure-value")).getText());
        assertTrue(toAnswer >= 1, "the scenario's request at least: " + toAnswer);
        assertEquals(List.of(), textBelowAa("#logout-form .ui-button-text, .site-header"), "the header read at WCAG AA");

        clickAndWait(By.id("requests-to-answer"));

        assertEquals("Demandes d’inscription", heading());
        assertEquals("Toutes les périodes", new Select(waitFor(By.id("queue:period"))).getFirstSelectedOption().getText());
        List<String> rows = queueRowsPageByPage();
        assertTrue(rows.stream().anyMatch(row -> row.contains(answers) && row.contains("Matin") && row.contains("En attente")), rows.toString());
        assertEquals(toAnswer, rows.stream().filter(row -> row.contains("En attente")).count(),
                "the dashboard's figure is the queue's, every period at once");
    }

    /** Every request of the queue, read page after page through its paginator, as staff would. */
    private List<String> queueRowsPageByPage() {
        List<String> rows = new ArrayList<>();
        while (true) {
            browser.findElements(By.cssSelector("[id='queue:requests'] tbody > tr")).forEach(row -> rows.add(row.getText()));
            List<WebElement> next = browser.findElements(By.cssSelector("[id='queue:requests'] .ui-paginator-top .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return rows;
            }
            next.get(0).click();
            waitUntilReady();
        }
    }

    private void choosePeriod(String selectId, String activity) {
        Select periods = new Select(waitFor(By.id(selectId)));
        periods.getOptions().stream().filter(o -> o.getText().startsWith(activity)).findFirst().orElseThrow().click();
        waitUntilReady();
    }

    private String row(String activity) {
        return waitFor(By.xpath("//tr[contains(., '" + activity + "')]")).getText();
    }

    private void tick(String activity) {
        waitFor(By.xpath("//tr[contains(., '" + activity + "')]//div[contains(@class, 'ui-chkbox-box')]")).click();
        waitUntilReady();
    }

    private void tickIn(String tableId, String text) {
        waitFor(By.xpath("//*[@id='" + tableId + "']//tr[contains(., '" + text + "')]//div[contains(@class, 'ui-chkbox-box')]")).click();
        waitUntilReady();
    }
}
