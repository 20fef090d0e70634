package fr.portailfamilles.payfipsimulator;

import fr.portailfamilles.platform.boundary.Clock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * How a simulated payment ends: the payer's choice is kept, then PayFiP's notification (POST idop to urlnotif) is sent,
 * dropped, delayed or repeated as the simulator was told.
 */
@ApplicationScoped
public class Endings {

    private static final Logger LOG = Logger.getLogger(Endings.class.getName());
    @Resource
    ManagedExecutorService executor;

    /** The portal's clock class, started the same way: a demo started at PORTAIL_CLOCK pays on that day. */
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @return false when the payment had ended already */
    boolean end(SimulatedPayment payment, String result) {
        if (!payment.end(result, clock.zonedNow().toLocalDateTime())) {
            return false;
        }
        SimulatorState state = SimulatorState.INSTANCE;
        switch (state.notifications) {
            case SEND -> executor.submit(() -> notify(payment));
            case DROP -> LOG.info(() -> "Simulator: notification of " + payment.idOp + " dropped");
            case DELAY -> {
                int delay = state.notificationParameter;
                executor.submit(() -> {
                    pause(delay);
                    notify(payment);
                });
            }
            case REPEAT -> {
                for (int i = 0; i < Math.max(2, state.notificationParameter); i++) {
                    executor.submit(() -> notify(payment));
                }
            }
        }
        return true;
    }

    private void notify(SimulatedPayment payment) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(payment.urlnotif)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + payment.idOp, StandardCharsets.UTF_8)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.info(() -> "Simulator: notified " + payment.idOp + " to " + payment.urlnotif + ": " + status);
        } catch (IOException failed) {
            LOG.warning(() -> "Simulator: notification of " + payment.idOp + " failed: " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
