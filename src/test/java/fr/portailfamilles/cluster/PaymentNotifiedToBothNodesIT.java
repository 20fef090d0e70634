package fr.portailfamilles.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PayFiP notifies the portal's address, which the balancer may send to either node, and it may notify again: the
 * same payment's notification sent twenty times to each node at once records one payment, sends one e-mail, and each
 * notification is checked with PayFiP (the simulator, on node1, which both nodes ask).
 */
@ExtendWith(Cluster.Shared.class)
class PaymentNotifiedToBothNodesIT {

    private static final int PER_NODE = 20;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theSameNotificationSentToBothNodesAtOnceRecordsOnePayment() throws Exception {
        Cluster cluster = Cluster.get();
        simulator("reset=true&notifications=drop");
        try {
            String batch = "grappe" + System.nanoTime() % 1_000_000;
            String idOp = post(Cluster.balancer().resolve("test-scenarios/payfip-bench"), "action=start&count=1&batch=" + batch).strip();
            String payer = "banc." + batch + "@exemple.fr";
            simulator("end=" + idOp + "&result=P");

            List<CompletableFuture<HttpResponse<String>>> notifications = new ArrayList<>();
            for (int i = 0; i < PER_NODE; i++) {
                for (String node : List.of("node1", "node2")) {
                    notifications.add(notify(Cluster.node(node), idOp));
                }
            }
            for (CompletableFuture<HttpResponse<String>> notification : notifications) {
                assertEquals(200, notification.get().statusCode(), "answered at once");
            }

            Cluster.awaitUpTo(Duration.ofSeconds(60), () -> cluster.count("select count(*) from payfip_notification where id_op = ?"
                    + " and processed_at is not null", idOp) == 2 * PER_NODE);
            assertEquals(1, cluster.count("select count(*) from payment p join payfip_operation o on p.payfip_operation_id = o.id"
                    + " where o.id_op = ?", idOp), "one payment for the idOp");
            assertEquals(1, cluster.count("select count(*) from payfip_operation where id_op = ? and state = 'PAID'", idOp));
            assertEquals(1, cluster.count("select count(*) from payfip_notification where id_op = ? and outcome = 'RECORDED'", idOp),
                    "one notification recorded it, the others found it done");
            cluster.mailbox().await(payer, "Votre paiement a été reçu");
            Thread.sleep(5000);
            assertEquals(1, cluster.mailbox().count(payer), "the payer is told once");
        } finally {
            simulator("reset=true");
        }
    }

    private CompletableFuture<HttpResponse<String>> notify(URI node, String idOp) {
        return http.sendAsync(HttpRequest.newBuilder(node.resolve("api/payfip/notification"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void simulator(String form) throws IOException, InterruptedException {
        post(Cluster.node("node1").resolve("payfip-simulator/control"), form);
    }

    private String post(URI address, String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), address + " " + form + ": " + answer.body());
        return answer.body();
    }
}
