package fr.portailfamilles.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** At most 10 failed logins per address typed in any 15 minutes; then wait until the oldest of them is 15 minutes old. */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** @param failures the failures of the last {@link #WINDOW}, oldest first */
    public static Optional<Instant> lockedUntil(List<Instant> failures, Instant now) {
        List<Instant> recent = failures.stream().filter(f -> f.isAfter(now.minus(WINDOW))).toList();
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant until = recent.get(recent.size() - MAX_FAILURES).plus(WINDOW);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
