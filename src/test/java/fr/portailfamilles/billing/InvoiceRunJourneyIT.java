package fr.portailfamilles.billing;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IT invoices a month of the demo from the Facturation screen and watches it to its end, after two refusals. */
@ExtendWith(ArquillianExtension.class)
class InvoiceRunJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(KnownCharges.class);
    }

    @Test
    void itStartsTheRunOfAMonthAndWatchesItToItsEnd() {
        YearMonth month = YearMonth.from(TestClock.today()).minusMonths(2);
        logIn(TestServer.IT, TestServer.DEMO_PASSWORD);
        open("informatique/facturation.xhtml");
        assertEquals("Facturation", heading());

        start("2026-13");
        assertTrue(messages().contains("n’est pas de la forme AAAA-MM"), messages());
        start(YearMonth.from(TestClock.today()).plusMonths(1).toString());
        assertTrue(messages().contains("n’est pas encore commencé"), messages());

        start("1900-01");
        assertTrue(messages().contains("remonte à plus de 12 mois"), messages());

        // Lancer names the month back; not confirming starts nothing, confirming starts the run.
        start(month.toString());
        String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        assertTrue(waitFor(By.id("run-form:confirm-start")).getText().startsWith("Facturer " + monthName + " ?"),
                browser.findElement(By.id("run-form:confirm-start")).getText());
        clickAndWait(By.id("run-form:start-cancel"));
        assertTrue(browser.findElements(By.id("run-form:confirm-start")).isEmpty(), "the confirmation is gone");
        assertTrue(messages().isEmpty(), "nothing started: " + messages());
        start(month.toString());
        clickAndWait(By.id("run-form:start-confirm"));
        assertTrue(messages().contains("La facturation de " + monthName + " est lancée."), messages());
        // The poll brings the figures of the run table until the run ends, without reloading the page.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(By.id("run-form:runs:0:status"), "Terminée"));
        assertEquals("100 %", browser.findElement(By.cssSelector("[id='run-form:runs:0:progress'] .ui-progressbar-label")).getText());
        String written = browser.findElement(By.id("run-form:runs:0:written")).getText();
        assertTrue(Integer.parseInt(browser.findElement(By.id("run-form:runs:0:read")).getText()) > 0, "the demo's families were read");

        waitFor(By.id("run-form:runs:0:show")).click();
        waitUntilReady();
        assertEquals("Terminée", waitFor(By.id("detail-status")).getText());
        assertEquals(written, browser.findElement(By.id("total-written")).getText());
        assertTrue(browser.findElement(By.id("total-amount")).getText().endsWith("€"));
        assertTrue(browser.findElement(By.id("run-form:detail")).getText().contains("Familles écartées et raison"));

        schedule("5", "6");
        assertTrue(messages().contains("Lancement automatique : le 5 de chaque mois à 6 h."), messages());
        open("informatique/facturation.xhtml");
        assertEquals("5", waitFor(By.id("schedule-form:day_input")).getDomProperty("value"));
        schedule("1", "2");
    }

    private void schedule(String day, String hour) {
        type(By.id("schedule-form:day_input"), day);
        type(By.id("schedule-form:hour_input"), hour);
        waitFor(By.id("schedule-form:save-schedule")).click();
        waitUntilReady();
    }

    private void start(String month) {
        type(By.id("run-form:month"), month);
        waitFor(By.id("run-form:start")).click();
        waitUntilReady();
    }
}
