package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.ParisTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;

/** Dates as French users write them, for pages (the English pages keep the same day-first form). */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    public String day(LocalDate date) {
        return ParisTime.day(date);
    }

    /** An instant as the time on the centre's clocks. */
    public String moment(Instant instant) {
        return ParisTime.moment(instant);
    }
}
