package fr.portailfamilles.billing;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent opens Mes factures from the menu and the PDF of an invoice, on a computer and on a phone; staff find an
 * invoice, cancel it with a credit note after a confirmation naming it, and see both in the list and on the
 * household's page.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(InvoiceScenarios.class, InvoiceFixture.class, InvoiceFixture.Family.class);
    }

    private IssuedInvoices issued;

    @BeforeEach
    void issueInvoices() {
        issued = IssuedInvoices.issue();
    }

    @Test
    void aParentOpensMesFacturesAndThePdfOfAnInvoice() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        WebElement menuItem = browser.findElement(By.cssSelector("#main-menu a[href$='/portail/factures.xhtml']"));
        assertEquals("Mes factures", menuItem.getDomProperty("textContent").strip(), "under Mes factures et paiements");
        open("portail/factures.xhtml");
        assertEquals("Mes factures", heading());

        String row = waitFor(By.xpath("//tr[td[contains(., '" + issued.ownNumber() + "')]]")).getText().replace('\u00a0', ' ');
        assertTrue(row.contains(issued.ownBilled()), row);
        assertTrue(row.contains(issued.ownAmount().replace('\u00a0', ' ')), row);
        WebElement view = browser.findElement(By.id("view-" + issued.ownNumber()));
        assertEquals("Voir", view.getText());
        assertEquals(List.of(200L, "application/pdf", "%PDF-"), fetch(view.getDomProperty("href")), "Voir opens the PDF");

        screenWidth(375, 812);
        open("portail/factures.xhtml");
        assertTrue(waitFor(By.id("view-" + issued.ownNumber())).isDisplayed(), "Voir within reach on a phone");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "const table = document.querySelector('[id$=\"invoices\"]'); return table.scrollWidth - table.clientWidth;");
        assertEquals(0L, overflow, "the table fits a 375 px screen, its rows stacked");
    }

    @Test
    void staffCancelAnInvoiceWithACreditNoteAndSeeBoth() {
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/factures.xhtml");
        type(By.id("invoices-form:search"), issued.otherNumber());
        waitFor(By.id("invoices-form:find")).click();
        waitUntilReady();
        clickAndWait(By.linkText(issued.otherNumber()));
        assertEquals("Facture " + issued.otherNumber(), heading());

        waitFor(By.id("invoice-form:cancel")).click();
        String confirmation = waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
        assertTrue(confirmation.contains(issued.otherNumber()) && confirmation.contains(issued.otherBilled()), "the confirmation names the invoice: " + confirmation);
        clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));

        String done = messages();
        assertTrue(done.startsWith("La facture " + issued.otherNumber() + " est annulée par l’avoir "), done);
        String creditNote = done.substring(done.lastIndexOf(' ') + 1).replaceAll("\\.$", "");
        assertTrue(waitFor(By.id("status")).getText().contains("Annulée par l’avoir " + creditNote), browser.findElement(By.id("status")).getText());

        open("gestion/factures.xhtml");
        type(By.id("invoices-form:search"), issued.otherBilled());
        waitFor(By.id("invoices-form:find")).click();
        waitUntilReady();
        String list = waitFor(By.id("invoices-form:invoices")).getText().replace('\u00a0', ' ');
        assertTrue(list.contains(issued.otherNumber()) && list.contains(creditNote), list);
        assertTrue(list.contains("-35,60 €") && list.contains("35,60 €"), "opposite amounts: " + list);
        assertTrue(list.contains("\nannulée par l’avoir " + creditNote)
                && list.contains("\nannule la facture " + issued.otherNumber()), "each on a line of its own, not glued: " + list);
        assertEquals(List.of(), wordsCutIn(By.id("invoices-form:invoices")), "at 1280 px");
        browser.manage().window().setSize(new Dimension(768, 1024));
        assertEquals(List.of(), wordsCutIn(By.id("invoices-form:invoices")), "at 768 px, dates, names and amounts whole");
        assertEquals(List.of(), paginatorButtonsBelowAa());

        clickAndWait(By.linkText(creditNote));
        assertEquals("Avoir " + creditNote, heading());
        clickAndWait(By.id("household"));
        String household = waitFor(By.id("household-invoice-list")).getText();
        assertTrue(household.contains(issued.otherNumber()) && household.contains(creditNote), household);
        assertTrue(browser.findElement(By.id("balance")).getText().replace('\u00a0', ' ').contains("0,00 €"),
                browser.findElement(By.id("balance")).getText());
    }
}
