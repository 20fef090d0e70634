package fr.portailfamilles.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as French users write them (the English pages keep the same day-first form). */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** An instant as the time on the centre's clocks. */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
