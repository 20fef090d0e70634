package fr.portailfamilles.testing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** The test server's clock seen from the client side (through {@link ClockControl}): tests derive their dates from it. */
public final class TestClock {

    private TestClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.parse(answer(Http.testServer().get("test-clock")));
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    /** The server's clock shows this Paris moment from now on (until {@link #reset()} or the next deployment). */
    public static void moveTo(LocalDateTime moment) {
        answer(Http.testServer().post("test-clock", Map.of("at", moment.toString())));
    }

    public static void reset() {
        answer(Http.testServer().post("test-clock", Map.of("at", "reset")));
    }

    private static String answer(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The test clock answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().strip();
    }
}
