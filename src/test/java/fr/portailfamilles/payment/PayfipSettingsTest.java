package fr.portailfamilles.payment;

import fr.portailfamilles.payment.payfip.PayfipSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Online payment is offered only with a 6-digit client number and an explicit mode; the page address carries the idOp. */
class PayfipSettingsTest {

    @Test
    void onlinePaymentNeedsTheClientNumberAndTheModeBothValid() {
        assertFalse(settings(null, "T").enabled(), "no client number");
        assertFalse(settings("123456", null).enabled(), "no mode: never production by default");
        assertTrue(settings("12345", "T").problem().orElseThrow().contains("6-digit"));
        assertTrue(settings("123456", "P").problem().orElseThrow().contains("T (test)"));
        assertTrue(settings("123456", "W").enabled());
    }

    @Test
    void thePaymentPageIsGivenTheIdOp() {
        assertEquals("https://www.payfip.gouv.fr/tpa/paiementws.web?idop=abc-123",
                settings("123456", "W").pageFor("abc-123"));
        assertEquals("http://localhost/sim?x=1&idop=a%2Bb",
                new PayfipSettings("123456", "T", PayfipSettings.SERVICE_URL, "http://localhost/sim?x=1").pageFor("a+b"));
    }

    private static PayfipSettings settings(String numcli, String saisie) {
        return new PayfipSettings(numcli, saisie, PayfipSettings.SERVICE_URL, PayfipSettings.PAGE_URL);
    }
}
