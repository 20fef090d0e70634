package fr.portailfamilles.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as French users write them (the English pages keep the same day-first form). */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
