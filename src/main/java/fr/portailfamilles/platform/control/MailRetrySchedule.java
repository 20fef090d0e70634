package fr.portailfamilles.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an e-mail that the mail server did not take is tried again: after 1 minute, 5 minutes, 30 minutes, 2 hours
 * and 12 hours, so that a short outage costs a minute and a long one still ends in a delivery the next morning;
 * after the sixth attempt it is abandoned.
 */
public final class MailRetrySchedule {

    public static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    /** The first attempt, then one after each delay. */
    public static final int MAX_ATTEMPTS = DELAYS.size() + 1;

    private MailRetrySchedule() {
    }

    /** After {@code attemptsMade} attempts, the last of which failed at {@code failedAt}: when to try again, if ever. */
    public static Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("No attempt was made yet");
        }
        if (attemptsMade >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(DELAYS.get(attemptsMade - 1)));
    }
}
