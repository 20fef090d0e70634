package fr.portailfamilles.billing;

import fr.portailfamilles.testing.Http;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The invoices {@link InvoiceScenarios} issued, read from the client side: the demo household's, and another household's. */
record IssuedInvoices(String ownId, String ownNumber, String ownBilled, String ownAmount, String otherId, String otherNumber,
                      String otherBilled) {

    static IssuedInvoices issue() {
        HttpResponse<String> issued = Http.testServer().post("test-scenarios/invoices", Map.of());
        assertEquals(200, issued.statusCode(), issued.body());
        String[] lines = issued.body().split("\n");
        return new IssuedInvoices(lines[0], lines[1], lines[2], lines[3], lines[4], lines[5], lines[6]);
    }
}
