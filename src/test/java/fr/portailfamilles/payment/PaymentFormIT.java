package fr.portailfamilles.payment;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Enregistrer un paiement" posted as a browser posts it: the same form posted again, even six times at once, records
 * one payment; every field's refusal is told in French at its field, all at once, and no number typed is a server error.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentFormIT {

    private static final String FORM = "gestion/paiement.xhtml";
    private static final Pattern RECEIVED_ON = Pattern.compile("<input[^>]*id=\"received-on_input\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(PaymentScenarios.class, InvoiceFixture.class, InvoiceFixture.Family.class);
    }

    private Http staff;
    private String householdId;
    private String olderInvoice;
    private String page;

    @BeforeEach
    void openTheForm() {
        HttpResponse<String> prepared = Http.testServer().post("test-scenarios/payments", Map.of());
        assertEquals(200, prepared.statusCode(), prepared.body());
        householdId = prepared.body().split("\n")[0];
        olderInvoice = prepared.body().split("\n")[1];
        staff = StaffPages.loggedInStaff();
        page = staff.get(FORM + "?famille=" + householdId).body();
    }

    @Test
    void theSameFormPostedSixTimesAtOnceRecordsOnePayment() throws Exception {
        Map<String, String> form = form("ESPECES", "10,00");
        int posts = 6;
        ExecutorService browsers = Executors.newFixedThreadPool(posts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < posts; i++) {
                answers.add(browsers.submit(() -> {
                    start.await();
                    return staff.submit(page, FORM, form);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> posted = answer.get(60, TimeUnit.SECONDS);
                assertEquals(302, posted.statusCode(), "each post leads to the family's page: " + posted.body());
                assertEquals("gestion/famille.xhtml?id=" + householdId, location(posted));
            }
        } finally {
            browsers.shutdownNow();
        }
        assertEquals(1, receipts(), "one payment for one form");
        String payments = staff.get("gestion/famille.xhtml?id=" + householdId).body().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(payments.contains("aria-label=\"Reçu : ") && payments.contains("aria-label=\"Annuler : ")
                && payments.contains(", 10,00 €, Espèces\""), "each row's links name their payment: " + payments);

        HttpResponse<String> replayed = staff.submit(page, FORM, form);
        assertEquals(302, replayed.statusCode(), replayed.body());
        String family = staff.get(location(replayed)).body();
        assertTrue(family.contains("Ce paiement est déjà enregistré."), family);
        assertEquals(1, receipts(), "the Back button and a resubmit record nothing more");
    }

    @Test
    void everyFieldRefusedIsToldAtItsFieldAtOnceAndNoNumberIsAServerError() {
        Map<String, String> form = form("ESPECES", "10000000000");
        form.put("received-on_input", "01/01/1900");
        form.put("payer", "x".repeat(256));
        form.put("note", "x".repeat(501));

        HttpResponse<String> posted = staff.submit(page, FORM, form);

        assertEquals(200, posted.statusCode(), "told on the form, never a 500");
        for (String refusal : new String[]{"Le montant d’un paiement est au plus", "ne peut pas remonter à plus d’un an",
                "Le tiers payeur a au plus 255 caractères.", "La note a au plus 500 caractères."}) {
            assertTrue(posted.body().contains(refusal), refusal + " in " + posted.body());
        }
        HttpResponse<String> huge = staff.submit(page, FORM, form("ESPECES", "9".repeat(400)));
        assertEquals(200, huge.statusCode());
        assertTrue(huge.body().contains("Le montant d’un paiement est au plus"), huge.body());
        assertEquals(0, receipts());
    }

    @Test
    void eachPartIsNamedByItsInvoiceAndTheFormLeadsBackToTheFamily() {
        assertTrue(page.contains("aria-label=\"Part affectée à la facture " + olderInvoice + "\""), page);
        assertTrue(page.contains("famille.xhtml?id=" + householdId + "\">Revenir à la fiche de la famille</a>"), page);
        assertFalse(page.contains("Reste en crédit"), "nothing to compute before an amount is typed");
    }

    @Test
    void aForgedPayfipMethodIsRefusedWithAMessage() {
        HttpResponse<String> posted = staff.submit(page, FORM, form("PAYFIP", "10,00"));

        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("Type de paiement : choisissez une des valeurs proposées."), posted.body());
        assertEquals(0, receipts(), "PayFiP records its own payments");
    }

    private Map<String, String> form(String method, String amount) {
        Matcher input = RECEIVED_ON.matcher(page);
        assertTrue(input.find(), "the day is proposed");
        Matcher today = VALUE.matcher(input.group());
        assertTrue(today.find(), input.group());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payment-form", "payment-form");
        form.put("method_input", method);
        form.put("amount", amount);
        form.put("received-on_input", today.group(1));
        form.put("payer", "");
        form.put("note", "");
        form.put("save", "");
        return form;
    }

    private long receipts() {
        return Pattern.compile("id=\"receipt-\\d+\"").matcher(staff.get("gestion/famille.xhtml?id=" + householdId).body()).results().count();
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect"));
        return location.substring(location.indexOf("/gestion/") + 1);
    }
}
