package fr.portailfamilles.billing;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.PdfText;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mes factures from the outside: the parent sees their household's invoices with the guide's columns and opens each
 * PDF, always the same file; another household's invoice answers 404, as an invoice that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class MyInvoicesIT {

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
    void theParentSeesTheHouseholdsOwnInvoicesWithTheGuidesColumns() {
        Http parent = parent();
        String page = parent.get("portail/factures.xhtml").body().replace("&nbsp;", "\u00a0").replace("&#160;", "\u00a0");

        for (String column : new String[]{"Facture", "Date facture", "Tiers facturé", "Montant facture", "Voir"}) {
            assertTrue(page.contains(column), column);
        }
        assertTrue(page.contains(issued.ownNumber()), page);
        assertTrue(Pattern.compile("<strong class=\"nowrap\">" + Pattern.quote(issued.ownNumber()) + "</strong>\\s*<div class=\"muted invoice-month\">"
                + "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4}</div>")
                .matcher(page).find(), "the month invoiced, on its own line under the number: " + page);
        assertTrue(page.contains(TestClock.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), "the invoice's date");
        assertTrue(page.contains(issued.ownBilled()), "the billed guardian");
        assertTrue(page.contains(issued.ownAmount()), "the amount, written the French way: " + issued.ownAmount());
        assertTrue(page.contains("compte/facture?id=" + issued.ownId()), "Voir opens the PDF");
        assertFalse(page.contains(issued.otherNumber()), "never another household's invoice");
    }

    @Test
    void thePdfIsTheHouseholdsOwnAlwaysTheSameFileAndAnotherHouseholdsIsNotFound() throws Exception {
        Http parent = parent();

        HttpResponse<byte[]> pdf = bytes(parent, "compte/facture?id=" + issued.ownId());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("facture-" + issued.ownNumber() + ".pdf"));
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains("N° " + issued.ownNumber()), text);
        assertTrue(text.contains(issued.ownBilled()), text);
        assertArrayEquals(pdf.body(), bytes(parent, "compte/facture?id=" + issued.ownId()).body(), "the stored file, served again");

        assertEquals(404, bytes(parent, "compte/facture?id=" + issued.otherId()).statusCode(), "another household's invoice");
        assertEquals(404, bytes(parent, "compte/facture?id=999999999999").statusCode(), "an invoice that does not exist");
        assertEquals(404, bytes(parent, "compte/facture?id=abc").statusCode());
        assertEquals(200, bytes(StaffPages.loggedInStaff(), "compte/facture?id=" + issued.otherId()).statusCode(), "staff open any");
        HttpResponse<byte[]> visitor = bytes(Http.testServer(), "compte/facture?id=" + issued.ownId());
        assertTrue(visitor.statusCode() == 302 || visitor.statusCode() == 401 || visitor.statusCode() == 403,
                "a visitor is sent to the login, never given the file: " + visitor.statusCode());
    }

    private static Http parent() {
        Http parent = Http.testServer();
        assertEquals(302, parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD).statusCode());
        return parent;
    }

    private static HttpResponse<byte[]> bytes(Http http, String path) {
        return http.getBytes(path);
    }
}
