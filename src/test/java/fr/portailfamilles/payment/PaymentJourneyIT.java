package fr.portailfamilles.payment;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff record a cheque over a household's two invoices, changing the proposed spread, print its receipt, then cancel
 * it as returned: the invoices are due again and the payment stays in the history. A parent reads Mes paiements, with
 * the guide's columns and their own household's payments only.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(PaymentScenarios.class, InvoiceFixture.class, InvoiceFixture.Family.class);
    }

    private String householdId;
    private String older;
    private String newer;
    private String demoInvoice;
    private String neighbourPayment;
    private String neighbourInvoice;

    @BeforeEach
    void prepare() {
        HttpResponse<String> prepared = Http.testServer().post("test-scenarios/payments", Map.of());
        assertEquals(200, prepared.statusCode(), prepared.body());
        String[] lines = prepared.body().split("\n");
        householdId = lines[0];
        older = lines[1];
        newer = lines[2];
        demoInvoice = lines[3];
        neighbourPayment = lines[4];
        neighbourInvoice = lines[5];
    }

    @Test
    void staffRecordAChequeOverTwoInvoicesThenCancelItAndTheInvoicesAreDueAgain() {
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/famille.xhtml?id=" + householdId);
        clickAndWait(By.id("record-payment"));
        assertEquals("Enregistrer un paiement", heading());

        type(By.id("amount"), "50,00");
        waitFor(By.tagName("h1")).click();
        waitUntilReady();
        assertEquals("35,60", part(older).getDomProperty("value"), "the oldest invoice first, in full");
        assertEquals("14,40", part(newer).getDomProperty("value"), "the rest on the next one");

        type(By.cssSelector("input.part-" + older), "30,00");
        type(By.cssSelector("input.part-" + newer), "20,00");
        waitFor(By.tagName("h1")).click();
        waitUntilReady();
        type(By.id("cheque-number"), "0012345");
        type(By.id("cheque-bank"), "La Banque Postale");
        clickAndWait(By.id("save"));

        assertTrue(messages().replace('\u00a0', ' ').contains("Paiement de 50,00 € enregistré"), messages());
        String payments = waitFor(By.id("payment-list")).getText().replace('\u00a0', ' ');
        assertTrue(payments.contains(older + " : 30,00 €") && payments.contains(newer + " : 20,00 €"), payments);
        assertTrue(payments.contains("Chèque") && payments.contains("0012345"), payments);
        assertEquals(2, statuses().stream().filter("Payée en partie"::equals).count(), String.valueOf(statuses()));
        String receipt = waitFor(By.cssSelector("#payment-list a[id^='receipt-']")).getDomProperty("href");
        assertEquals(List.of(200L, "application/pdf", "%PDF-"), fetch(receipt), "the receipt prints");

        clickAndWait(By.linkText("Annuler"));
        assertEquals("Annuler un paiement", heading());
        type(By.id("reason"), "Chèque rejeté par la banque");
        clickAndWait(By.id("confirm-cancel"));

        assertTrue(messages().contains("Paiement annulé"), messages());
        assertEquals(List.of("À payer", "À payer"), statuses(), "both invoices are due again");
        String history = waitFor(By.id("payment-list")).getText();
        assertTrue(history.contains("Chèque rejeté par la banque") && history.contains("Annulé le"), "kept in the history: " + history);
        assertTrue(browser.findElements(By.linkText("Annuler")).isEmpty(), "a cancelled payment is not cancelled twice");
    }

    @Test
    void aParentSeesMesPaiementsWithTheGuidesColumnsAndOnlyTheirOwnHouseholds() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        WebElement menuItem = browser.findElement(By.cssSelector("#main-menu a[href$='/portail/paiements.xhtml']"));
        assertEquals("Mes paiements", menuItem.getDomProperty("textContent").strip(), "under Mes factures et paiements");
        open("portail/paiements.xhtml");
        assertEquals("Mes paiements", heading());

        String headers = waitFor(By.cssSelector("#payments thead")).getText();
        for (String column : new String[]{"Facture", "Perçu", "Type de paiement", "Date", "Tiers payeur"}) {
            assertTrue(headers.contains(column), column + " in " + headers);
        }
        String row = waitFor(By.xpath("//tr[td[contains(., '" + demoInvoice + "')]]")).getText().replace('\u00a0', ' ');
        assertTrue(row.contains("10,00 €") && row.contains("Espèces") && row.contains("MARTIN Julie"), row);
        assertFalse(browser.getPageSource().contains(neighbourInvoice), "never another household's payment");

        open("portail/factures.xhtml");
        String invoice = waitFor(By.xpath("//tr[td[contains(., '" + demoInvoice + "')]]")).getText().replace('\u00a0', ' ');
        assertTrue(invoice.contains("10,00 €") && invoice.contains("25,60 €"), "Perçu and À payer in Mes factures: " + invoice);

        assertNotEquals(200L, fetch(TestServer.baseUri().resolve("gestion/recu?id=" + neighbourPayment).toString()).get(0),
                "another household's receipt");
    }

    private WebElement part(String invoiceNumber) {
        return waitFor(By.cssSelector("input.part-" + invoiceNumber));
    }

    private List<String> statuses() {
        return browser.findElements(By.cssSelector("#household-invoice-list tbody tr [class^='invoice-']")).stream()
                .map(WebElement::getText).toList();
    }
}
