import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PayFiP's notifications and reconciliation at load, against a portal with the PayFiP simulator beside it. Run by
 * bench/payfip; argument: the portal's base URL. Prints each figure with its target.
 */
public class PayfipBench {

    private static final int PAYMENTS = 1_000;
    private static final int CLIENTS = 16;
    private static final int REPEATS = 2;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    PayfipBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        PayfipBench bench = new PayfipBench(args[0]);
        bench.notifications();
        bench.reconciliation();
    }

    private void notifications() throws Exception {
        post("payfip-simulator/control", "reset=true&notifications=drop");
        List<String> idOps = started("notif");
        for (String idOp : idOps) {
            post("payfip-simulator/control", "end=" + idOp + "&result=P");
        }
        List<String> notifications = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            notifications.addAll(idOps);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < notifications.size(); i = next.getAndIncrement()) {
                    if (send("api/payfip/notification", "idop=" + URLEncoder.encode(notifications.get(i), StandardCharsets.UTF_8)) == 200) {
                        accepted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double acceptSeconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        long[] tally = awaitPaid("notif", Duration.ofMinutes(5));
        double recordedSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("notifications sent %d (each payment %d times by %d clients), accepted %d in %.1f s: %.0f/s (target >= 100/s)%n",
                notifications.size(), REPEATS, CLIENTS, accepted.get(), acceptSeconds, accepted.get() / acceptSeconds);
        System.out.printf("payments paid %d of %d, payments recorded %d (target: exactly one each), all recorded after %.1f s%n",
                tally[0], PAYMENTS, tally[1], recordedSeconds);
    }

    private void reconciliation() throws Exception {
        post("payfip-simulator/control", "reset=true&notifications=drop");
        List<String> idOps = started("recon");
        for (String idOp : idOps) {
            post("payfip-simulator/control", "end=" + idOp + "&result=P");
        }
        String now = http.send(HttpRequest.newBuilder(URI.create(base + "test-clock")).build(), HttpResponse.BodyHandlers.ofString())
                .body().strip();
        post("test-clock", "at=" + LocalDateTime.parse(now).plusMinutes(6).withNano(0));
        try {
            long start = System.nanoTime();
            String asked = post("test-scenarios/payfip-bench", "action=reconcile").strip();
            double passSeconds = (System.nanoTime() - start) / 1e9;
            long[] tally = awaitPaid("recon", Duration.ofMinutes(5));
            double allSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("reconciliation: one pass asked PayFiP about %s operations in %.1f s (target: 1,000 under 60 s);"
                    + " paid %d of %d, payments recorded %d, all after %.1f s%n", asked, passSeconds, tally[0], PAYMENTS, tally[1], allSeconds);
        } finally {
            post("test-clock", "at=reset");
        }
    }

    /** Starts the batch's online payments as parents would, and answers their idOps. */
    private List<String> started(String batch) throws Exception {
        long start = System.nanoTime();
        List<String> idOps = Arrays.asList(post("test-scenarios/payfip-bench", "action=start&batch=" + batch + "&count=" + PAYMENTS)
                .strip().split("\n"));
        System.out.printf("%s: %d online payments started in %.1f s%n", batch, idOps.size(), (System.nanoTime() - start) / 1e9);
        return idOps;
    }

    private long[] awaitPaid(String batch, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        long[] tally;
        do {
            Thread.sleep(250);
            tally = Arrays.stream(post("test-scenarios/payfip-bench", "action=tally&batch=" + batch).strip().split(" "))
                    .mapToLong(Long::parseLong).toArray();
        } while (tally[0] < PAYMENTS && System.nanoTime() < end);
        return tally;
    }

    private String post(String path, String form) throws Exception {
        HttpResponse<String> response = http.send(request(path, form), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private int send(String path, String form) {
        try {
            return http.send(request(path, form), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception failed) {
            return -1;
        }
    }

    private HttpRequest request(String path, String form) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
