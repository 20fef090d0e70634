package fr.portailfamilles.payment;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent pays online through the PayFiP simulator, as on PayFiP: one invoice, then two in one card payment, each
 * then gone from Payer en ligne and listed in Mes paiements; a refusal and an abandonment leave the invoice to pay; a
 * notification lost on the way is caught by the return page, which asks PayFiP, or, for a payer who never came back,
 * by "Actualiser l'état des paiements de mes factures".
 */
@ExtendWith(ArquillianExtension.class)
class PayfipJourneyIT extends BrowserTest {

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.payfipSimulator();
    }

    @Deployment(name = "portal", order = 2, testable = false)
    static WebArchive deployment() {
        return Deployments.portal(PayfipScenarios.class, InvoiceFixture.class, InvoiceFixture.Family.class);
    }

    @AfterEach
    void simulatorAsUsual() {
        simulator(Map.of("reset", "true"));
    }

    @Test
    @OperateOnDeployment("portal")
    void aParentPaysOneInvoiceThenTwoInOnePaymentAndSeesThemPaid() {
        List<String> issued = invoices(3);
        String one = issued.get(0);
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertEquals("Payer en ligne", browser.findElement(By.cssSelector("#main-menu a[href$='/portail/payer.xhtml']"))
                .getDomProperty("textContent").strip());
        open("portail/payer.xhtml");
        String row = waitFor(By.xpath("//tr[td[contains(., '" + one + "')]]")).getText().replace('\u00a0', ' ');
        assertTrue(row.contains(issued.get(1).replace('\u00a0', ' ')), "Montant facture and À payer: " + row);

        payOnPayfip(By.cssSelector("button.pay-" + one), "pay");
        assertTrue(heading().contains("Votre paiement en ligne"), heading());
        awaitGoneFromPayerEnLigne(one);

        open("portail/payer.xhtml");
        String two = issued.get(2);
        String three = issued.get(4);
        waitFor(By.cssSelector("input.tick-" + two)).click();
        waitFor(By.cssSelector("input.tick-" + three)).click();
        payOnPayfip(By.id("pay-ticked"), "pay");
        awaitGoneFromPayerEnLigne(two);
        awaitGoneFromPayerEnLigne(three);

        open("portail/paiements.xhtml");
        for (int i = 0; i < issued.size(); i += 2) {
            String line = waitFor(By.xpath("//tr[td[contains(., '" + issued.get(i) + "')]]")).getText().replace('\u00a0', ' ');
            assertTrue(line.contains("Paiement en ligne (PayFiP)") && line.contains(issued.get(i + 1).replace('\u00a0', ' ')), line);
        }
    }

    @Test
    @OperateOnDeployment("portal")
    void aRefusalAndAnAbandonmentLeaveTheInvoiceToPay() {
        String invoice = invoices(1).get(0);
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);

        for (String choice : List.of("refuse", "abandon")) {
            open("portail/payer.xhtml");
            payOnPayfip(By.cssSelector("button.pay-" + invoice), choice);
            awaitOnPayerEnLigne(() -> !browser.findElements(By.cssSelector("button.pay-" + invoice)).isEmpty(),
                    "the invoice can be paid again after " + choice);
        }
        open("portail/paiements.xhtml");
        assertFalse(browser.getPageSource().contains(invoice), "nothing received");
    }

    @Test
    @OperateOnDeployment("portal")
    void aLostNotificationIsCaughtByTheReturnPage() {
        String invoice = invoices(1).get(0);
        simulator(Map.of("notifications", "drop"));
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/payer.xhtml");

        payOnPayfip(By.cssSelector("button.pay-" + invoice), "pay");

        assertTrue(waitFor(By.id("operation-state")).getText().contains("a été reçu"),
                "the return page asked PayFiP: " + browser.findElement(By.id("operation-state")).getText());
        open("portail/payer.xhtml");
        assertTrue(browser.findElements(By.xpath("//tr[td[contains(., '" + invoice + "')]]")).isEmpty(), "paid");
    }

    @Test
    @OperateOnDeployment("portal")
    void aLostNotificationOfAPayerWhoNeverCameBackIsCaughtByActualiser() {
        String invoice = invoices(1).get(0);
        simulator(Map.of("notifications", "drop", "return", "byhand"));
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/payer.xhtml");

        payOnPayfip(By.cssSelector("button.pay-" + invoice), "pay");
        waitFor(By.id("back-to-creditor"));
        open("portail/payer.xhtml");
        String row = waitFor(By.xpath("//tr[td[contains(., '" + invoice + "')]]")).getText();
        assertTrue(row.contains("Paiement en cours") && row.contains("Commencé à "), "a second payment of it is not offered, and why: " + row);
        assertFalse(browser.findElements(By.cssSelector(".resume-" + invoice)).isEmpty(), "the payment can be taken up again");

        clickAndWait(By.id("refresh"));

        assertTrue(messages().contains("à jour : un paiement a été reçu"), "says what it found: " + messages());
        assertTrue(browser.findElements(By.xpath("//tr[td[contains(., '" + invoice + "')]]")).isEmpty(), "paid");
    }

    @Test
    @OperateOnDeployment("portal")
    void payerEnLigneFitsATabletAndAPhone() {
        String invoice = invoices(1).get(0);
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        for (int width : new int[] {768, 375}) {
            screenWidth(width, 1024);
            open("portail/payer.xhtml");
            WebElement pay = waitFor(By.cssSelector("button.pay-" + invoice));
            Object fits = ((JavascriptExecutor) browser).executeScript("""
                    const wrapper = document.querySelector('#to-pay .ui-datatable-tablewrapper');
                    const button = arguments[0].getBoundingClientRect(), box = wrapper.getBoundingClientRect();
                    return wrapper.scrollWidth <= wrapper.clientWidth && button.left >= box.left && button.right <= box.right;""", pay);
            assertEquals(true, fits, "the table and its Payer button whole at " + width + " px");
            Object overlapping = ((JavascriptExecutor) browser).executeScript("""
                    return [...document.querySelectorAll('#to-pay_data td .ui-column-title')]
                        .filter(title => getComputedStyle(title).display !== 'none')
                        .filter(title => {
                            const value = document.createRange();
                            value.setStartAfter(title);
                            value.setEnd(title.parentNode, title.parentNode.childNodes.length);
                            const at = value.getBoundingClientRect(), own = title.getBoundingClientRect();
                            return at.width > 0 && at.left < own.left + Math.max(title.scrollWidth, own.width) - 1
                                && at.top < own.bottom - 1;
                        }).map(title => title.textContent);""");
            assertEquals(List.of(), overlapping, "no header written over its value at " + width + " px");
        }
    }

    /** Clicks the button that starts the payment, is taken on to the simulator's page, chooses there, and comes back. */
    private void payOnPayfip(By start, String choice) {
        clickAndWait(start);
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("PayFiP's page")
                .until(driver -> driver.getTitle().contains("PayFiP (simulateur)"));
        clickAndWait(By.id(choice));
    }

    private void awaitGoneFromPayerEnLigne(String invoice) {
        awaitOnPayerEnLigne(() -> browser.findElements(By.xpath("//tr[td[contains(., '" + invoice + "')]]")).isEmpty(),
                invoice + " paid");
    }

    /** Opens Payer en ligne again until the condition holds: the notification is checked in the background. */
    private void awaitOnPayerEnLigne(BooleanSupplier condition, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what).until(driver -> {
            open("portail/payer.xhtml");
            return condition.getAsBoolean();
        });
    }

    /** Invoices of the demo household: numbers and amounts, one after the other. */
    private static List<String> invoices(int count) {
        HttpResponse<String> issued = Http.testServer().post("test-scenarios/payfip", Map.of("count", String.valueOf(count)));
        assertEquals(200, issued.statusCode(), issued.body());
        return List.of(issued.body().split("\n"));
    }

    private static void simulator(Map<String, String> form) {
        HttpResponse<String> answer = Http.testServer().post("payfip-simulator/control", form);
        assertEquals(200, answer.statusCode(), answer.body());
    }
}
