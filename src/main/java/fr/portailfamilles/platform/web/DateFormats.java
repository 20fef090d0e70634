package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.ParisTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as French users write them, for pages (the English pages keep the same day-first form). */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    private static final String DAY_PATTERN = "dd/MM/yyyy";

    public String day(LocalDate date) {
        return ParisTime.day(date);
    }

    /** A day named in full in the page's language, as a confirmation reads it: "mercredi 14/10/2026". */
    public String weekdayAndDay(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE " + DAY_PATTERN, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(date);
    }

    /** The hour of an instant on the centre's clocks: "14:05". */
    public String hour(Instant instant) {
        return instant == null ? "" : ParisTime.hour(instant);
    }

    /** An instant as the time on the centre's clocks. */
    public String moment(Instant instant) {
        return ParisTime.moment(instant);
    }
}
