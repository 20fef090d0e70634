package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.Euros;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;

/** Amounts for pages: "8,50 €". */
@Named("euros")
@ApplicationScoped
public class AmountFormats {

    public String format(BigDecimal amount) {
        return Euros.format(amount);
    }

    /** A family quotient, in whole euros written the French way in every language: "1 210". */
    public String whole(Integer amount) {
        return amount == null ? "" : Euros.whole(amount);
    }

    /** "10 %", "12,5 %". */
    public String percent(BigDecimal percent) {
        return percent == null ? "" : Euros.typed(percent.stripTrailingZeros()) + "\u00a0%";
    }
}
