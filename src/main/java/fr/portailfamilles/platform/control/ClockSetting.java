package fr.portailfamilles.platform.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * PORTAIL_CLOCK (or -Dportail.clock): the Paris date and time at which a demo or test server starts its clock,
 * e.g. {@code 2027-03-15T10:00} or {@code 2027-03-15}; the clock then runs on from there. Refused outside demo
 * mode: a production server always tells the real time.
 */
public record ClockSetting(String value, boolean demo) {

    public static final String VARIABLE = "PORTAIL_CLOCK";

    public boolean isSet() {
        return value != null && !value.isBlank();
    }

    /** @return why the setting cannot be used, in one line for the administrator */
    public Optional<String> problem() {
        if (!isSet()) {
            return Optional.empty();
        }
        if (!demo) {
            return Optional.of(VARIABLE + " is set, but the clock can only be moved in demo or test mode"
                    + " (PORTAIL_DEMO=true): remove " + VARIABLE + " from a production server's environment");
        }
        try {
            start();
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(VARIABLE + " must be a Paris date and time such as 2027-03-15T10:00, not '" + value.strip() + "'");
        }
    }

    /** The instant the clock shows when the server starts. */
    public Instant start() {
        String text = value.strip();
        LocalDateTime local = text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        return local.atZone(ParisTime.ZONE).toInstant();
    }
}
