package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.Euros;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;

/** Amounts for pages, "1 234,50 €", the same in every language of the portal (the centre bills in France). */
@Named("money")
@ApplicationScoped
public class MoneyFormats {

    public String of(BigDecimal amount) {
        return Euros.format(amount);
    }

    public String percent(BigDecimal percent) {
        return Euros.percent(percent);
    }
}
