package fr.portailfamilles.billing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** A month as the page's language writes it, "octobre 2026". */
@Named("months")
@ApplicationScoped
public class MonthNames {

    public String of(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(month);
    }
}
