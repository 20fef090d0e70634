package fr.portailfamilles.platform.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The centre's time zone and the ways French people write dates and hours: the one place for both, so that a
 * page, an e-mail and a PDF never disagree about a day.
 */
public final class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    public static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    private ParisTime() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    public static String hour(Instant instant) {
        return instant == null ? "" : HOUR.format(instant);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
